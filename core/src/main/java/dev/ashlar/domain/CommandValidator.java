package dev.ashlar.domain;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.Argument;
import dev.ashlar.domain.command.ActionCommand;
import dev.ashlar.domain.command.CreateCommand;
import dev.ashlar.domain.command.DestroyCommand;
import dev.ashlar.domain.command.DomainCommand;
import dev.ashlar.domain.command.GetCommand;
import dev.ashlar.domain.command.ListCommand;
import dev.ashlar.domain.command.UpdateCommand;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a domain's command declarations: names (well formed, unique, not one of the {@code ashlar} command's own),
 * the resource and action each names and its type, identities, read actions and positionals.
 */
final class CommandValidator {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    private final List<DomainCommand> commands;
    private final Map<String, Resource> resources;
    private final List<String> problems = new ArrayList<>();

    CommandValidator(List<DomainCommand> commands, Map<String, Resource> resources) {
        this.commands = commands;
        this.resources = resources;
    }

    List<String> problems() {
        Set<String> seen = new HashSet<>();
        for (DomainCommand c : commands) {
            String where = "command " + c.name() + ": ";
            if (!NAME.matcher(c.name()).matches()) {
                problems.add(where + "command names are lower case ([a-z][a-z0-9_-]*)");
            } else if (DomainCommand.RESERVED_NAMES.contains(c.name())) {
                problems.add(where + "the ashlar command has a command of that name; choose another (reserved: "
                        + new TreeSet<>(DomainCommand.RESERVED_NAMES) + ")");
            }
            if (!seen.add(c.name())) {
                problems.add(where + "declared twice");
            }
            Resource r = resources.get(c.resource());
            if (r == null) {
                problems.add(where + "resource " + c.resource() + " is not in the domain");
                continue;
            }
            action(where, r, c.action(), expectedType(c)).ifPresent(a -> checkPositionals(where, c, r, a));
            if (c instanceof DomainCommand.Targeted t) {
                checkTarget(where, r, t);
            }
        }
        return problems;
    }

    private static ActionType expectedType(DomainCommand c) {
        return switch (c) {
            case ActionCommand a -> ActionType.GENERIC;
            case CreateCommand a -> ActionType.CREATE;
            case GetCommand a -> ActionType.READ;
            case ListCommand a -> ActionType.READ;
            case UpdateCommand a -> ActionType.UPDATE;
            case DestroyCommand a -> ActionType.DESTROY;
        };
    }

    private Optional<ActionDefinition> action(String where, Resource r, String name, ActionType type) {
        Optional<ActionDefinition> found = r.action(name);
        if (found.isEmpty()) {
            problems.add(where + r.name() + " has no action " + name + "; it has "
                    + r.actions().stream().map(ActionDefinition::name).toList());
            return Optional.empty();
        }
        if (found.get().type() != type) {
            problems.add(where + r.name() + "." + name + " is a " + found.get().type().defaultName()
                    + " action; this command needs a " + type.defaultName() + " action");
            return Optional.empty();
        }
        return found;
    }

    private void checkTarget(String where, Resource r, DomainCommand.Targeted t) {
        if (t.identity() != null) {
            Optional<Identity> identity = r.identity(t.identity());
            if (identity.isEmpty()) {
                problems.add(where + r.name() + " has no identity " + t.identity() + "; it has "
                        + r.identities().stream().map(Identity::name).toList());
            } else {
                identity.get().keys().stream().filter(k -> r.attribute(k).isEmpty()).forEach(k -> problems.add(
                        where + "identity " + t.identity() + " names " + k + ", which is not an attribute of "
                                + r.name()));
            }
        } else if (r.primaryKey().isEmpty()) {
            problems.add(where + r.name() + " has no primary key; name an identity with identity(...)");
        }
        if (!(t instanceof GetCommand) && t.readAction() != null) {
            action(where, r, t.readAction(), ActionType.READ);
        }
    }

    /** Positionals are the action's arguments or, for create and update, attributes it accepts; never sensitive. */
    private void checkPositionals(String where, DomainCommand c, Resource r, ActionDefinition a) {
        boolean accepts = c instanceof CreateCommand || c instanceof UpdateCommand;
        Set<String> seen = new HashSet<>();
        for (String p : c.positionals()) {
            if (!seen.add(p)) {
                problems.add(where + "positional " + p + " is named twice");
                continue;
            }
            Optional<Argument> argument = a.argument(p);
            Optional<Attribute> attribute = accepts && a.accept().contains(p) ? r.attribute(p) : Optional.empty();
            if (argument.isEmpty() && attribute.isEmpty()) {
                problems.add(where + "positional " + p + " is not " + (accepts ? "an argument or accepted attribute"
                        : "an argument") + " of " + r.name() + "." + a.name() + "; it has " + inputs(r, a, accepts));
            } else if (argument.map(Argument::sensitive).orElse(false)
                    || attribute.map(Attribute::sensitive).orElse(false)) {
                problems.add(where + "positional " + p + " is sensitive and would show in shell history and process"
                        + " lists; leave it out of positionals so that it comes from --input on stdin");
            }
        }
    }

    private static List<String> inputs(Resource r, ActionDefinition a, boolean accepts) {
        List<String> out = new ArrayList<>(a.arguments().stream().map(Argument::name).toList());
        if (accepts) {
            out.addAll(a.accept());
        }
        return out;
    }
}

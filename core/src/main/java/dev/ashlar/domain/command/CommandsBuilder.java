package dev.ashlar.domain.command;

import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Declares a domain's commands, one method per kind:
 * <pre>{@code
 * d.commands(c -> c
 *         .action("generate_user", USER, "generate", o -> o.description("Registers COUNT users").positionals("count"))
 *         .list("list_articles", ARTICLE, "read")
 *         .get("get_user", USER, "read", o -> o.identity("unique_username"))
 *         .destroy("destroy_article", ARTICLE, "destroy"))
 * }</pre>
 * Names and references are checked when the domain is built.
 */
public final class CommandsBuilder {
    private final List<DomainCommand> commands = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public CommandsBuilder() {
    }

    /** A generic action; its positionals name the action's arguments. */
    public CommandsBuilder action(String name, Resource resource, String action, Consumer<Options> spec) {
        Options o = options(name, spec, false);
        commands.add(new ActionCommand(name, resource.name(), action, o.description, o.positionals));
        return this;
    }

    public CommandsBuilder action(String name, Resource resource, String action) {
        return action(name, resource, action, o -> { });
    }

    /** A create action; positionals name accepted attributes or arguments. */
    public CommandsBuilder create(String name, Resource resource, String action, Consumer<Options> spec) {
        Options o = options(name, spec, false);
        commands.add(new CreateCommand(name, resource.name(), action, o.description, o.positionals));
        return this;
    }

    public CommandsBuilder create(String name, Resource resource, String action) {
        return create(name, resource, action, o -> { });
    }

    /** One row by primary key, or by an identity's keys ({@code o -> o.identity("unique_email")}). */
    public CommandsBuilder get(String name, Resource resource, String readAction, Consumer<Options> spec) {
        Options o = options(name, spec, true);
        if (o.readAction != null) {
            problems.add("command " + name + ": get finds the row with its own read action " + readAction
                    + "; readAction(...) applies to update and destroy");
        }
        commands.add(new GetCommand(name, resource.name(), readAction, o.description, o.positionals, o.identity));
        return this;
    }

    public CommandsBuilder get(String name, Resource resource, String readAction) {
        return get(name, resource, readAction, o -> { });
    }

    /** The rows of a read action; positionals name the action's arguments. */
    public CommandsBuilder list(String name, Resource resource, String readAction, Consumer<Options> spec) {
        Options o = options(name, spec, false);
        commands.add(new ListCommand(name, resource.name(), readAction, o.description, o.positionals));
        return this;
    }

    public CommandsBuilder list(String name, Resource resource, String readAction) {
        return list(name, resource, readAction, o -> { });
    }

    /** Updates one row found by primary key or identity, optionally through a read action of its own. */
    public CommandsBuilder update(String name, Resource resource, String action, Consumer<Options> spec) {
        Options o = options(name, spec, true);
        commands.add(new UpdateCommand(name, resource.name(), action, o.description, o.positionals, o.identity,
                o.readAction));
        return this;
    }

    public CommandsBuilder update(String name, Resource resource, String action) {
        return update(name, resource, action, o -> { });
    }

    /** Destroys one row found by primary key or identity, optionally through a read action of its own. */
    public CommandsBuilder destroy(String name, Resource resource, String action, Consumer<Options> spec) {
        Options o = options(name, spec, true);
        commands.add(new DestroyCommand(name, resource.name(), action, o.description, o.positionals, o.identity,
                o.readAction));
        return this;
    }

    public CommandsBuilder destroy(String name, Resource resource, String action) {
        return destroy(name, resource, action, o -> { });
    }

    /** The commands declared, in order. */
    public List<DomainCommand> commands() {
        return List.copyOf(commands);
    }

    /** Options given to a kind that does not take them, each as a sentence naming the command. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private Options options(String name, Consumer<Options> spec, boolean targeted) {
        Options o = new Options();
        spec.accept(o);
        if (!targeted && (o.identity != null || o.readAction != null)) {
            problems.add("command " + name + ": identity(...) and readAction(...) apply to get, update and destroy"
                    + " only");
        }
        return o;
    }

    /** The options of one command; which apply depends on its kind. */
    public static final class Options {
        private String description = "";
        private final List<String> positionals = new ArrayList<>();
        private String identity;
        private String readAction;

        Options() {
        }

        /** One line shown by {@code ashlar --help} and the command's own {@code --help}. */
        public Options description(String text) {
            description = text;
            return this;
        }

        /** Inputs taken as positional arguments, in this order. */
        public Options positionals(String... names) {
            positionals.addAll(Arrays.asList(names));
            return this;
        }

        /** get, update, destroy: find the row by this identity's keys (they become the first positionals). */
        public Options identity(String identityName) {
            identity = identityName;
            return this;
        }

        /** update, destroy: find the row with this read action instead of the primary one. */
        public Options readAction(String actionName) {
            readAction = actionName;
            return this;
        }
    }
}

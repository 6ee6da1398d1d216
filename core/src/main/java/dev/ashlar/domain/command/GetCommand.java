package dev.ashlar.domain.command;

import java.util.List;
import java.util.Objects;

/**
 * Prints the one row whose primary key (or identity keys) the positional arguments give, or fails with not found.
 * The action is the read action that finds it.
 */
public record GetCommand(String name, String resource, String action, String description, List<String> positionals,
                         String identity) implements DomainCommand.Targeted {
    public GetCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        positionals = List.copyOf(positionals);
    }

    @Override
    public String readAction() {
        return action;
    }
}

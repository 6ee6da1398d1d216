package dev.ashlar.domain.command;

import java.util.List;
import java.util.Objects;

/** Destroys the one row the key positionals find and prints it as it was. */
public record DestroyCommand(String name, String resource, String action, String description, List<String> positionals,
                         String identity, String readAction) implements DomainCommand.Targeted {
    public DestroyCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        positionals = List.copyOf(positionals);
    }
}

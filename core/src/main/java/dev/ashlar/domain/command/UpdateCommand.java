package dev.ashlar.domain.command;

import java.util.List;
import java.util.Objects;

/** Updates the one row the key positionals find with {@code --set field=value} or YAML/JSON on stdin. */
public record UpdateCommand(String name, String resource, String action, String description, List<String> positionals,
                         String identity, String readAction) implements DomainCommand.Targeted {
    public UpdateCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        positionals = List.copyOf(positionals);
    }
}

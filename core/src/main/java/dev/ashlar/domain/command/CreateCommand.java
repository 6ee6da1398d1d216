package dev.ashlar.domain.command;

import java.util.List;
import java.util.Objects;

/** Creates one row from positional arguments, {@code --set field=value} or YAML/JSON on stdin. */
public record CreateCommand(String name, String resource, String action, String description, List<String> positionals)
        implements DomainCommand {
    public CreateCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        positionals = List.copyOf(positionals);
    }
}

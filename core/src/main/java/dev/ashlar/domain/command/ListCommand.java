package dev.ashlar.domain.command;

import java.util.List;
import java.util.Objects;

/** Lists the rows of a read action, with {@code --filter}, {@code --sort}, {@code --limit} and {@code --offset}. */
public record ListCommand(String name, String resource, String action, String description, List<String> positionals)
        implements DomainCommand {
    public ListCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        positionals = List.copyOf(positionals);
    }
}

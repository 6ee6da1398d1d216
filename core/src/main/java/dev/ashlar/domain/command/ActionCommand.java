package dev.ashlar.domain.command;

import java.util.List;
import java.util.Objects;

/** Runs a generic action and prints its result: a row, a list of rows or a plain value. */
public record ActionCommand(String name, String resource, String action, String description, List<String> positionals)
        implements DomainCommand {
    public ActionCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        description = description == null ? "" : description;
        positionals = List.copyOf(positionals);
    }
}

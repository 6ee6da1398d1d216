package dev.ashlar.error;

import java.util.List;

/** A resource or domain declaration is inconsistent; raised when the domain is built, never at run time. */
public final class DeclarationException extends AshlarException {
    private final List<String> problems;

    public DeclarationException(List<String> problems) {
        super("invalid declaration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public DeclarationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}

package dev.ashlar.cli;

import dev.ashlar.domain.Domain;

/** {@link TwoRepoDomain} with its only {@code main} resource, authors, moved to {@code audit}: main is retired. */
public final class MovedDomain {
    private MovedDomain() {
    }

    public static Domain domain() {
        return Domain.define("library", d -> d.resources(TwoRepoDomain.AUTHOR.inRepo("audit"), TwoRepoDomain.EVENT));
    }
}

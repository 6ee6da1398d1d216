package dev.ashlar.cli;

import dev.ashlar.domain.Domain;

/** A domain without any resource stored in a table. */
public final class EmptyDomain {
    private EmptyDomain() {
    }

    public static final Domain DOMAIN = Domain.define("nothing", d -> { });
}

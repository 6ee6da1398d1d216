package dev.ashlar.cli;

import dev.ashlar.domain.Domain;
import java.util.function.Supplier;

/** {@link TwoRepoDomain}'s domain, found by implementing {@code Supplier<Domain>}. */
public final class SuppliedDomain implements Supplier<Domain> {
    @Override
    public Domain get() {
        return TwoRepoDomain.DOMAIN;
    }
}

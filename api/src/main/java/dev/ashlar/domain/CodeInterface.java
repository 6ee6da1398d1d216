package dev.ashlar.domain;

import java.util.Objects;

/** A domain-level name for one action of one resource, e.g. {@code create_product -> Product.create}. */
public record CodeInterface(String name, String resource, String action) {
    public CodeInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
    }
}

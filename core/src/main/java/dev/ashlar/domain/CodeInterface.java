package dev.ashlar.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A domain-level name for one action of one resource, e.g. {@code create_product -> Product.create}.
 *
 * @param getBy for a read action: the attributes that find exactly one row (the primary key or one identity's
 *              keys); the call then returns that {@link dev.ashlar.row.Row} or raises
 *              {@link dev.ashlar.error.NotFoundException}. Empty for every other interface.
 */
public record CodeInterface(String name, String resource, String action, List<String> getBy) {
    public CodeInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        getBy = List.copyOf(getBy);
    }

    public CodeInterface(String name, String resource, String action) {
        this(name, resource, action, List.of());
    }

    /** True when the call returns one row rather than a list. */
    public boolean returnsOne() {
        return !getBy.isEmpty();
    }

    /** Options of a code interface, given to {@link Domain.Builder#codeInterface(String, dev.ashlar.resource.Resource, String, java.util.function.Consumer)}. */
    public static final class Options {
        private final List<String> getBy = new ArrayList<>();

        Options() {
        }

        /**
         * Makes a read interface return the one row whose {@code attributes} have the values given in the call's
         * input, e.g. {@code c -> c.getBy("id")}. They must be the primary key or the keys of one identity.
         */
        public Options getBy(String... attributes) {
            getBy.addAll(Arrays.asList(attributes));
            return this;
        }

        List<String> getBy() {
            return getBy;
        }
    }
}

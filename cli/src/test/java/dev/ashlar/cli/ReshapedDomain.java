package dev.ashlar.cli;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;

/**
 * {@link TwoRepoDomain} reshaped: authors' {@code name} is now {@code full_name} without a renamed-from hint (a
 * rename question), events are gone, and a not-managed legacy resource sits in {@code main}.
 */
public final class ReshapedDomain {
    private ReshapedDomain() {
    }

    public static Domain domain() {
        Resource author = Resource.define("Author", r -> r
                .table("authors")
                .attributes(a -> a.uuidPrimaryKey("id").string("full_name").required())
                .actions(x -> x.defaults(CREATE, READ).defaultAccept("full_name")));
        Resource legacy = Resource.define("Legacy", r -> r
                .table("legacy_rows").notManaged()
                .attributes(a -> a.integerPrimaryKey("id"))
                .actions(x -> x.defaults(READ)));
        return Domain.define("library", d -> d.resources(author, legacy));
    }

    /** Only the not-managed resource and the unchanged authors: nothing to generate in main but a note. */
    public static final class WithLegacy {
        private WithLegacy() {
        }

        public static Domain domain() {
            Resource legacy = Resource.define("Legacy", r -> r
                    .table("legacy_rows").notManaged()
                    .attributes(a -> a.integerPrimaryKey("id"))
                    .actions(x -> x.defaults(READ)));
            return Domain.define("library", d -> d.resources(TwoRepoDomain.AUTHOR, legacy, TwoRepoDomain.EVENT));
        }
    }
}

package dev.ashlar.cli;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;

/** {@link TwoRepoDomain} one change later (authors gain a bio), found through a static domain() method. */
public final class ChangedDomain {
    private ChangedDomain() {
    }

    public static Domain domain() {
        Resource author = Resource.define("Author", r -> r
                .table("authors")
                .attributes(a -> a.uuidPrimaryKey("id").string("name").required().text("bio"))
                .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "bio")));
        return Domain.define("library", d -> d.resources(author, TwoRepoDomain.EVENT));
    }
}

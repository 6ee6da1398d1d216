package dev.ashlar.cli;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;

/** A domain over two repos: authors in {@code main}, events in {@code audit}. Found through its static field. */
public final class TwoRepoDomain {
    private TwoRepoDomain() {
    }

    public static final Resource AUTHOR = Resource.define("Author", r -> r
            .table("authors")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    public static final Resource EVENT = Resource.define("Event", r -> r
            .table("events").repo("audit")
            .attributes(a -> a.integerPrimaryKey("id").string("kind").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("kind")));

    public static final Domain DOMAIN = Domain.define("library", d -> d.resources(AUTHOR, EVENT));
}

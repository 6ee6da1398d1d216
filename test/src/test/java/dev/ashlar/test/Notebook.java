package dev.ashlar.test;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;

/** The test domain: notes with a unique title in {@code main}, events with a database-generated id in {@code audit}. */
public final class Notebook {
    private Notebook() {
    }

    public static final Resource NOTE = Resource.define("Note", r -> r
            .table("notes")
            .attributes(a -> a.uuidPrimaryKey("id").string("title", 80).required())
            .identity("unique_title", "title")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("title")));

    public static final Resource EVENT = Resource.define("Event", r -> r
            .table("events").repo("audit")
            .attributes(a -> a.integerPrimaryKey("id").string("kind").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("kind")));

    public static final Domain DOMAIN = Domain.define("notebook", d -> d.resources(NOTE, EVENT));
}

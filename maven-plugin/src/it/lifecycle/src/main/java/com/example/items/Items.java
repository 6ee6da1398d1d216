package com.example.items;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;

public final class Items {
    public static final Resource ITEM = Resource.define("Item", r -> r
            .table("items")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));
    public static final Domain DOMAIN = Domain.define("items", d -> d.resources(ITEM));

    private Items() {
    }
}

package dev.ashlar.resource;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A reusable piece of declaration (attributes, identities, relationships, checks) that resources include.
 * Code generated from a database belongs in a fragment that tools may overwrite; the resource that includes it
 * stays the user's.
 */
public record Fragment(String name, List<Attribute> attributes, List<Identity> identities,
                       List<Relationship> relationships, List<CheckConstraint> checks) {
    public Fragment {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        identities = List.copyOf(identities);
        relationships = List.copyOf(relationships);
        checks = List.copyOf(checks);
    }

    public static Fragment define(String name, Consumer<ResourceBuilder> spec) {
        ResourceBuilder builder = new ResourceBuilder(name);
        spec.accept(builder);
        Resource parts = builder.build();
        return new Fragment(name, parts.attributes(), parts.identities(), parts.relationships(), parts.checks());
    }
}

package dev.ashlar.action;

/** Alters a changeset before validation: sets attributes, derives values, relates the actor. */
@FunctionalInterface
public interface Change {
    void apply(Changeset changeset);
}

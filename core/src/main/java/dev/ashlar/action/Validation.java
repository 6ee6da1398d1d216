package dev.ashlar.action;

/** Checks a changeset after all changes ran; reports problems with {@link Changeset#addError}. */
@FunctionalInterface
public interface Validation {
    void validate(Changeset changeset);
}

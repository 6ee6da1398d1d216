package dev.ashlar.action;

/** Runs inside the action's transaction, after validation and just before the data layer write. */
@FunctionalInterface
public interface BeforeHook {
    void run(Changeset changeset);
}

package dev.ashlar.action;

/** What an action does to the resource's rows. */
public enum ActionType {
    CREATE, READ, UPDATE, DESTROY,
    /** Runs a function and returns its value; touches rows only through other actions. */
    GENERIC;

    /** The conventional name of the default action of this type ({@code create}, {@code read}, ...). */
    public String defaultName() {
        return name().toLowerCase();
    }

    /** True for the types that write. */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == DESTROY;
    }
}

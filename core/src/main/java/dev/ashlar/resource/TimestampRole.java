package dev.ashlar.resource;

/** Whether Ashlar stamps an attribute on create, on every update, or never. */
public enum TimestampRole {
    NONE, CREATE, UPDATE
}

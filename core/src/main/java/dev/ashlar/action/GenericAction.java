package dev.ashlar.action;

/** The body of a generic action: computes a value (or rows) from its arguments, usually by calling other actions. */
@FunctionalInterface
public interface GenericAction {
    Object run(ActionInput input);
}

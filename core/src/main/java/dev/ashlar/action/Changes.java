package dev.ashlar.action;

import dev.ashlar.row.Row;
import java.util.Map;

/** Built-in changes. */
public final class Changes {
    private Changes() {
    }

    /** Sets an attribute to a constant. */
    public static Change set(String attribute, Object value) {
        return cs -> cs.set(attribute, value);
    }

    /** Copies an argument into an attribute when the argument was given. */
    public static Change setFromArgument(String attribute, String argument) {
        return cs -> {
            if (cs.hasArgument(argument)) {
                cs.set(attribute, cs.argument(argument));
            }
        };
    }

    /**
     * Sets {@code attribute} to the actor's primary key (the actor may be a {@link Row} with a single-attribute
     * key, or the key itself). Without an actor the action fails with a {@code actor_required} error.
     */
    public static Change relateActor(String attribute) {
        return cs -> {
            Object actor = cs.actor();
            if (actor == null) {
                cs.addError(attribute, "actor_required", "needs an actor; call the action with ashlar.as(actor)");
            } else if (actor instanceof Row row) {
                Map<String, Object> values = row.values();
                Object key = values.containsKey("id") ? values.get("id") : values.values().iterator().next();
                cs.set(attribute, key);
            } else {
                cs.set(attribute, actor);
            }
        };
    }

    /**
     * Hashes the {@code argument} (e.g. {@code password}) with {@link PasswordHasher} into {@code attribute}
     * (e.g. {@code hashed_password}, declared sensitive). Nothing happens when the argument is absent.
     */
    public static Change hash(String argument, String attribute) {
        return cs -> {
            Object clear = cs.argument(argument);
            if (clear instanceof String s) {
                cs.set(attribute, PasswordHasher.hash(s));
            }
        };
    }
}

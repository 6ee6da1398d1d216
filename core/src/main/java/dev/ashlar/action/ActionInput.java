package dev.ashlar.action;

import org.jspecify.annotations.Nullable;
import dev.ashlar.AshlarView;
import java.util.Map;

/**
 * What a generic action receives.
 *
 * @param arguments cast and validated arguments
 * @param actor     who is acting, or {@code null}
 * @param ashlar    the running instance, to call other actions (they join the current transaction)
 */
public record ActionInput(Map<String, Object> arguments, @Nullable Object actor, AshlarView ashlar) {
    public ActionInput {
        arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    }

    /** What the caller set around this action ({@link AshlarView#withContext(Map)}); empty when none. */
    public Map<String, Object> context() {
        return ashlar == null ? Map.of() : ashlar.context();
    }

    /** An argument's value, or {@code null}. */
    @SuppressWarnings("unchecked")
    public <T> T argument(String name) {
        return (T) arguments.get(name);
    }
}

package dev.ashlar.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * No row matched a get-by-key, or an update/destroy target vanished. The message shows the key's values except
 * those of sensitive attributes; {@link #key()} still holds them all, for code, not for printing.
 */
public final class NotFoundException extends AshlarException {
    private final String resource;
    private final Map<String, Object> key;

    public NotFoundException(String resource, Map<String, Object> key) {
        this(resource, key, Set.of());
    }

    /** @param sensitive the key attributes whose values the message must not show */
    public NotFoundException(String resource, Map<String, Object> key, Set<String> sensitive) {
        super(resource + " not found for " + shown(key, sensitive));
        this.resource = resource;
        this.key = Collections.unmodifiableMap(new LinkedHashMap<>(key)); // keeps the key's attribute order
    }

    private static String shown(Map<String, Object> key, Set<String> sensitive) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        key.forEach((name, value) -> out.add(name + "=" + (sensitive.contains(name) && value != null
                ? "**redacted**" : value)));
        return out.toString();
    }

    public String resource() {
        return resource;
    }

    public Map<String, Object> key() {
        return key;
    }
}

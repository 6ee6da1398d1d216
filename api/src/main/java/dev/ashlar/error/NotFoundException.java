package dev.ashlar.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** No row matched a get-by-key, or an update/destroy target vanished. */
public final class NotFoundException extends AshlarException {
    private final String resource;
    private final Map<String, Object> key;

    public NotFoundException(String resource, Map<String, Object> key) {
        super(resource + " not found for " + key);
        this.resource = resource;
        this.key = Collections.unmodifiableMap(new LinkedHashMap<>(key)); // keeps the key's attribute order
    }

    public String resource() {
        return resource;
    }

    public Map<String, Object> key() {
        return key;
    }
}

package dev.ashlar;

import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape check every input map gets before its entries are read: it is given, and no key is {@code null} (a null
 * key names no attribute or argument, and the immutable collections it would be looked up in throw on it).
 */
final class InputMaps {
    private InputMaps() {
    }

    /** The problems of {@code input} as field errors on the empty path (the input as a whole); empty when fine. */
    static List<FieldError> shapeErrors(Map<String, ?> input) {
        if (input == null) {
            return List.of(new FieldError("", "required", "the input map is null; pass Map.of() for no input"));
        }
        if (!hasNullKey(input)) {
            return List.of();
        }
        int position = 0;
        for (String key : input.keySet()) {
            if (key == null) {
                break;
            }
            position++;
        }
        return List.of(new FieldError("", "null_key", "entry " + (position + 1) + " of " + input.size()
                + " of the input has a null key; keys are attribute and argument names"));
    }

    private static boolean hasNullKey(Map<String, ?> input) {
        try {
            return input.containsKey(null);
        } catch (NullPointerException immutableMap) {
            return false; // Map.of and friends cannot hold a null key and refuse to look one up
        }
    }

    /**
     * An unmodifiable copy of an action context map ({@link AshlarView#withContext}); {@code null} values are kept
     * (a context may say "no tenant"), a {@code null} map or key is refused like an input's.
     */
    static Map<String, Object> contextOf(Map<String, ?> values) {
        List<FieldError> shape = shapeErrors(values);
        if (!shape.isEmpty()) {
            throw new InvalidInputException("context", "withContext", shape);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}

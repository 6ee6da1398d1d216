package dev.ashlar.internal.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON text for JSON-map attributes, with keys sorted so every dialect stores the same text. */
public final class JsonCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private JsonCodec() {
    }

    public static String write(Map<String, Object> value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Map<String, Object> read(String text) {
        try {
            Map<String, Object> map = MAPPER.readValue(text, MAP);
            if (map == null) {
                throw new IllegalArgumentException("JSON null is not an object");
            }
            return Collections.unmodifiableMap(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored JSON is invalid: " + e.getOriginalMessage(), e);
        }
    }
}

package dev.ashlar.row;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** Equality of attribute values where {@code byte[]} compares by content. */
final class ValueEquality {
    private ValueEquality() {
    }

    static boolean equal(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object x = e.getValue();
            Object y = b.get(e.getKey());
            boolean same = x instanceof byte[] bx && y instanceof byte[] by ? Arrays.equals(bx, by) : Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}

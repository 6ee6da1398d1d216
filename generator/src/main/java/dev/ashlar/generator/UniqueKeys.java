package dev.ashlar.generator;

import dev.ashlar.resource.Identity;
import dev.ashlar.values.TypeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identity keys a generator has made so far, as 64-bit fingerprints, so that a new row whose keys repeat an
 * earlier row's can be drawn again instead of failing in the database. Case-insensitive keys are compared in lower
 * case; keys holding nil never collide (SQL's default).
 */
final class UniqueKeys {
    private final Identity identity;
    private final Set<String> caseInsensitive;
    private final LongSet seen = new LongSet();

    UniqueKeys(Identity identity, Map<String, TypeKind> kinds) {
        this.identity = identity;
        this.caseInsensitive = Set.copyOf(identity.keys().stream()
                .filter(k -> kinds.get(k) == TypeKind.CI_STRING).toList());
    }

    Identity identity() {
        return identity;
    }

    List<String> keys() {
        return identity.keys();
    }

    /** Records the row's keys; false when an earlier row had the same. */
    boolean claim(Map<String, Object> row) {
        long h = 0x9e3779b97f4a7c15L;
        for (String key : identity.keys()) {
            Object v = row.get(key);
            if (v == null) {
                return true;
            }
            String text = v instanceof byte[] b ? Arrays.toString(b) : v.toString();
            if (caseInsensitive.contains(key)) {
                text = text.toLowerCase(java.util.Locale.ROOT);
            }
            h = SeedMix.derive(h, text);
        }
        return seen.add(h);
    }
}

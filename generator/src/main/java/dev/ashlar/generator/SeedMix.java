package dev.ashlar.generator;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent, stable seeds from one root seed and a label ({@code User.create#0.email}): adding a field or
 * a generator does not reshuffle the values of the others. FNV-1a over the label's UTF-8 bytes, then the SplitMix64
 * finaliser.
 */
final class SeedMix {
    private SeedMix() {
    }

    static long derive(long root, String label) {
        long h = 0xcbf29ce484222325L;
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return finalise(root ^ finalise(h));
    }

    static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

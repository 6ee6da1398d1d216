package dev.ashlar.maven;

import java.util.ArrayList;
import java.util.List;

/** {@code --to VERSION} and {@code -n N} of migrate and rollback (the CLI refuses both together). */
final class StepOptions {
    private StepOptions() {
    }

    static List<String> of(String to, Integer count) {
        List<String> options = new ArrayList<>();
        if (to != null && !to.isBlank()) {
            options.addAll(List.of("--to", to.trim()));
        }
        if (count != null) {
            options.addAll(List.of("--count", count.toString()));
        }
        return options;
    }
}

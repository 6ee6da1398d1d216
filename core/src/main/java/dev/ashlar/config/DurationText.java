package dev.ashlar.config;

import dev.ashlar.error.ConfigurationException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the config file writes them: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
public final class DurationText {
    private static final Pattern SHAPE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private DurationText() {
    }

    /**
     * Parses {@code text}.
     *
     * @param where names the setting in the error message, e.g. {@code ashlar.yml: repos.main.lock-timeout}
     */
    public static Duration parse(String text, String where) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            throw new ConfigurationException(where + ": expected a duration such as 500ms, 5s, 2m or 1h, got '"
                    + text.trim() + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** The shortest exact form: {@code 1500ms}, {@code 5s}, {@code 2m}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}

package dev.ashlar.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code jdbc:postgresql://host:port/database?params} URL around its database name. */
record PostgresUrl(String before, String database, String after) {
    static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern SHAPE = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?;]*)(.*)$");

    static PostgresUrl parse(String url) {
        Matcher m = SHAPE.matcher(url);
        if (!m.matches() || m.group(2).isEmpty()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host[:port]/database[?params], got "
                    + dev.ashlar.config.Redactor.url(url));
        }
        return new PostgresUrl(m.group(1), java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8),
                m.group(3));
    }

    /** The same server and parameters, another database (the maintenance database {@code postgres}). */
    String withDatabase(String other) {
        return before + other + after;
    }
}

package dev.ashlar.test;

import dev.ashlar.error.ConfigurationException;
import java.util.Arrays;
import java.util.Locale;

/** Where {@link AshlarExtension} makes its databases. */
public enum TestDialect {
    /** A database file per test, in a temporary folder. The default. */
    SQLITE,
    /**
     * A schema per test class in the PostgreSQL database at {@code ASHLAR_PG_URL} (default
     * {@code jdbc:postgresql://localhost:5432/postgres}) as {@code ASHLAR_PG_USER} / {@code ASHLAR_PG_PASSWORD}
     * (default postgres / postgres); needs {@code ashlar-dialect-postgres} on the test class path.
     */
    POSTGRES;

    /** The system property that chooses the dialect when the extension does not name one. */
    public static final String PROPERTY = "ashlar.test.dialect";
    /** The environment variable read when the system property is not set. */
    public static final String VARIABLE = "ASHLAR_TEST_DIALECT";

    /** The dialect the system property, else the environment variable, names; {@link #SQLITE} when neither is set. */
    public static TestDialect configured() {
        String value = System.getProperty(PROPERTY);
        String source = "system property " + PROPERTY;
        if (value == null || value.isBlank()) {
            value = System.getenv(VARIABLE);
            source = "environment variable " + VARIABLE;
        }
        return value == null || value.isBlank() ? SQLITE : parse(value, source);
    }

    static TestDialect parse(String value, String source) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(source + " is '" + value.trim() + "'; use one of "
                    + Arrays.stream(values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}

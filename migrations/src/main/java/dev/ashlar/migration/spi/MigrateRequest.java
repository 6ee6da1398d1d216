package dev.ashlar.migration.spi;

/**
 * Which pending migrations to apply: all ({@code toVersion} and {@code count} null), up to and including a
 * version, or the next {@code count}.
 */
public record MigrateRequest(String toVersion, Integer count) {
    public static MigrateRequest all() {
        return new MigrateRequest(null, null);
    }

    public static MigrateRequest to(String version) {
        return new MigrateRequest(version, null);
    }

    public static MigrateRequest next(int count) {
        return new MigrateRequest(null, count);
    }
}

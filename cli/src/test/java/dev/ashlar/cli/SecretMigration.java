package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrationSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A hand-written migration whose data step inserts a secret token twice, violating a unique constraint. */
final class SecretMigration {
    static final String TOKEN = "tok-0b7e5c2a91d84f36";
    static final String VERSION = "20260101000009";

    private SecretMigration() {
    }

    /** Writes it into {@code repo}'s migrations folder under {@code root}; returns its version. */
    static String writeInto(Path root, String repo) throws IOException {
        Path folder = MigrationSource.under(root, repo).migrations();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V" + VERSION + "__vault.sql"), """
                create table vault (id integer primary key, api_token varchar(100) not null unique);
                insert into vault (id, api_token) values (1, '%1$s');
                insert into vault (id, api_token) values (2, '%1$s');
                """.formatted(TOKEN));
        return VERSION;
    }
}

package dev.ashlar.test;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension on SQLite, with migrations from a folder. */
class SqliteExtensionTest extends ExtensionContract {
    @RegisterExtension
    static final AshlarExtension DB = AshlarExtension.forDomain(Notebook.DOMAIN)
            .migrations(Path.of("src/test/resources/db-sqlite")).dialect(TestDialect.SQLITE).build();

    @Override
    TestDialect expectedDialect() {
        return TestDialect.SQLITE;
    }
}

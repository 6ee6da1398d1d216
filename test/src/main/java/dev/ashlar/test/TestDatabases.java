package dev.ashlar.test;

import dev.ashlar.config.AshlarConfig;
import java.util.Set;

/** Where one test class's databases live and how each test gets clean ones. */
sealed interface TestDatabases permits SqliteTestDatabases, PostgresTestDatabases {

    /** Configs of new, empty databases for {@code repos}, which the extension migrates once per class. */
    AshlarConfig create(Set<String> repos);

    /** The configs one test runs on: the migrated databases as the migrations left them. */
    AshlarConfig forTest(AshlarConfig migrated);

    /** After a test, once its {@link dev.ashlar.Ashlar} is closed. */
    void afterTest(AshlarConfig used);

    /** After the class: removes the databases. */
    void dispose(AshlarConfig migrated);
}

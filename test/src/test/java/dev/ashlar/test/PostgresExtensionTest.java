package dev.ashlar.test;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension on PostgreSQL (a schema per repo), with migrations from the class path. */
class PostgresExtensionTest extends ExtensionContract {
    @RegisterExtension
    static final AshlarExtension DB = AshlarExtension.forDomain(Notebook.DOMAIN)
            .migrationsFromClasspath("db-sqlite")
            .migrationsFromClasspath(TestDialect.POSTGRES, "db-postgres").dialect(TestDialect.POSTGRES).build();

    @Override
    TestDialect expectedDialect() {
        return TestDialect.POSTGRES;
    }
}

package dev.ashlar.examples.realworld;

import dev.ashlar.test.AshlarExtension;
import dev.ashlar.test.TestDialect;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RealworldTest} on Sqlite. */
class RealworldSqliteTest extends RealworldTest {
    @RegisterExtension
    static final AshlarExtension DB = on(TestDialect.SQLITE);
}

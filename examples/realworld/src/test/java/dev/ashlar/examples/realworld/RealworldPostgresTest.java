package dev.ashlar.examples.realworld;

import dev.ashlar.test.AshlarExtension;
import dev.ashlar.test.TestDialect;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RealworldTest} on Postgres. */
class RealworldPostgresTest extends RealworldTest {
    @RegisterExtension
    static final AshlarExtension DB = on(TestDialect.POSTGRES);
}

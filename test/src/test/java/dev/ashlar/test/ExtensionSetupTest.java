package dev.ashlar.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.error.ConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Building the extension and choosing its dialect. */
class ExtensionSetupTest {

    @Test
    void theMigrationsMustBeNamed() {
        assertThatThrownBy(() -> AshlarExtension.forDomain(Notebook.DOMAIN).dialect(TestDialect.SQLITE).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("AshlarExtension for domain notebook: say where the migrations for sqlite are, with "
                        + "migrations(Path) or migrationsFromClasspath(String)");
        assertThatThrownBy(() -> AshlarExtension.forDomain(Notebook.DOMAIN)
                .migrations(TestDialect.POSTGRES, Path.of("db-postgres")).dialect(TestDialect.SQLITE).build())
                .isInstanceOf(ConfigurationException.class);
        assertThat(AshlarExtension.forDomain(Notebook.DOMAIN).migrations(TestDialect.POSTGRES, Path.of("pg"))
                .dialect(TestDialect.POSTGRES).build().dialect()).isEqualTo(TestDialect.POSTGRES);
    }

    @Test
    void theDialectIsParsedFromItsNameAndAnUnknownOneIsRefused() {
        assertThat(TestDialect.parse(" Postgres ", "system property ashlar.test.dialect"))
                .isEqualTo(TestDialect.POSTGRES);
        assertThatThrownBy(() -> TestDialect.parse("mysql", "system property ashlar.test.dialect"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("system property ashlar.test.dialect is 'mysql'; use one of [sqlite, postgres]");
    }

    @Test
    void theSystemPropertyChoosesTheDialectWhenTheBuilderDoesNot() {
        String before = System.getProperty(TestDialect.PROPERTY);
        try {
            System.setProperty(TestDialect.PROPERTY, "postgres");
            assertThat(AshlarExtension.forDomain(Notebook.DOMAIN).migrationsFromClasspath("db-sqlite").build().dialect())
                    .isEqualTo(TestDialect.POSTGRES);
            assertThat(AshlarExtension.forDomain(Notebook.DOMAIN).migrationsFromClasspath("db-sqlite")
                    .dialect(TestDialect.SQLITE).build().dialect()).isEqualTo(TestDialect.SQLITE);
        } finally {
            if (before == null) {
                System.clearProperty(TestDialect.PROPERTY);
            } else {
                System.setProperty(TestDialect.PROPERTY, before);
            }
        }
    }
}

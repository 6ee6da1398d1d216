package dev.ashlar.test;

import dev.ashlar.Ashlar;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.Migrations;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class fresh databases for every repo of a domain, with the domain's migrations applied, and injects
 * an {@link Ashlar} over them (also an {@link AshlarConfig}, for a test that looks at the data with JDBC). Register
 * it on a static field (see the {@linkplain dev.ashlar.test package} documentation for an example and for how
 * tests are isolated):
 * <pre>{@code
 * @RegisterExtension
 * static final AshlarExtension DB = AshlarExtension.forDomain(DOMAIN).migrations(Path.of("src/main/resources/db")).build();
 * }</pre>
 * The dialect is the one given to the builder, else {@link TestDialect#configured()} (system property
 * {@code ashlar.test.dialect}, environment variable {@code ASHLAR_TEST_DIALECT}), else SQLite. When PostgreSQL is
 * chosen but unreachable, the class is skipped with one line on stderr; with {@code CI=true} it fails instead.
 */
public final class AshlarExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AshlarExtension.class);

    private final Domain domain;
    private final BiConsumer<Domain, AshlarConfig> migrator;
    private final TestDialect dialect;

    private AshlarExtension(Domain domain, BiConsumer<Domain, AshlarConfig> migrator, TestDialect dialect) {
        this.domain = domain;
        this.migrator = migrator;
        this.dialect = dialect;
    }

    public static Builder forDomain(Domain domain) {
        return new Builder(Objects.requireNonNull(domain, "domain"));
    }

    /** The dialect this extension's databases are on. */
    public TestDialect dialect() {
        return dialect;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabases databases = databases(context);
        AshlarConfig migrated = databases.create(domain.repos());
        context.getStore(NAMESPACE).put(ClassState.class, new ClassState(databases, migrated));
        migrator.accept(domain, migrated);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ClassState state = context.getStore(NAMESPACE).remove(ClassState.class, ClassState.class);
        if (state != null) {
            state.databases().dispose(state.migrated());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ClassState state = classState(context);
        AshlarConfig config = state.databases().forTest(state.migrated());
        Ashlar ashlar = Ashlar.builder().domain(domain).config(config).build();
        context.getStore(NAMESPACE).put(TestState.class, new TestState(config, ashlar));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestState test = context.getStore(NAMESPACE).remove(TestState.class, TestState.class);
        if (test != null) {
            test.ashlar().close();
            classState(context).databases().afterTest(test.config());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Ashlar.class || type == AshlarConfig.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestState test = context.getStore(NAMESPACE).get(TestState.class, TestState.class);
        if (test == null) {
            throw new org.junit.jupiter.api.extension.ParameterResolutionException("AshlarExtension injects "
                    + "Ashlar into test methods and @BeforeEach/@AfterEach methods, not into constructors or "
                    + "@BeforeAll methods: register it on a static field and take Ashlar as a test method parameter");
        }
        return parameter.getParameter().getType() == Ashlar.class ? test.ashlar() : test.config();
    }

    private TestDatabases databases(ExtensionContext context) {
        if (dialect == TestDialect.SQLITE) {
            return new SqliteTestDatabases();
        }
        PostgresTestDatabases.PostgresServer server = PostgresTestDatabases.PostgresServer.fromEnvironment();
        String unreachable = server.unreachable();
        if (unreachable != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new dev.ashlar.error.ConfigurationException(unreachable + "; CI=true, so this is a failure");
            }
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + unreachable);
            Assumptions.abort(unreachable);
        }
        return new PostgresTestDatabases(server);
    }

    private static ClassState classState(ExtensionContext context) {
        ClassState state = context.getStore(NAMESPACE).get(ClassState.class, ClassState.class);
        if (state == null) {
            throw new dev.ashlar.error.ConfigurationException("AshlarExtension must be registered on a static field "
                    + "(@RegisterExtension static final AshlarExtension DB = ...), so that it migrates once per class");
        }
        return state;
    }

    @Override
    public String toString() {
        return "AshlarExtension[domain=" + domain.name() + ", dialect=" + dialect + "]";
    }

    private record ClassState(TestDatabases databases, AshlarConfig migrated) {
    }

    private record TestState(AshlarConfig config, Ashlar ashlar) {
    }

    /**
     * Builds an {@link AshlarExtension}: the domain, where its migrations are, and optionally the dialect. Generated
     * migrations are SQL of one dialect: a test class that runs on both names a folder per dialect
     * ({@code migrations(TestDialect.POSTGRES, ...)}); the one without a dialect serves the others.
     */
    public static final class Builder {
        private final Domain domain;
        private final Map<TestDialect, BiConsumer<Domain, AshlarConfig>> migrators = new EnumMap<>(TestDialect.class);
        private BiConsumer<Domain, AshlarConfig> anyDialect;
        private TestDialect dialect;

        private Builder(Domain domain) {
            this.domain = domain;
        }

        /** Migrations in a folder ({@code <root>/<repo>/migration/V..sql}), as {@code ashlar codegen} writes them. */
        public Builder migrations(Path root) {
            anyDialect = fromFolder(root);
            return this;
        }

        /** Migrations in a folder, used when the tests run on {@code on}. */
        public Builder migrations(TestDialect on, Path root) {
            migrators.put(Objects.requireNonNull(on, "dialect"), fromFolder(root));
            return this;
        }

        /** Migrations on the class path under {@code resourceRoot} (e.g. {@code db}), as a packaged application has them. */
        public Builder migrationsFromClasspath(String resourceRoot) {
            anyDialect = fromClasspath(resourceRoot);
            return this;
        }

        /** Migrations on the class path, used when the tests run on {@code on}. */
        public Builder migrationsFromClasspath(TestDialect on, String resourceRoot) {
            migrators.put(Objects.requireNonNull(on, "dialect"), fromClasspath(resourceRoot));
            return this;
        }

        /** This dialect whatever the system property or environment says (e.g. a suite per dialect). */
        public Builder dialect(TestDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        public AshlarExtension build() {
            TestDialect chosen = dialect != null ? dialect : TestDialect.configured();
            BiConsumer<Domain, AshlarConfig> migrator = migrators.getOrDefault(chosen, anyDialect);
            if (migrator == null) {
                throw new dev.ashlar.error.ConfigurationException("AshlarExtension for domain " + domain.name()
                        + ": say where the migrations for " + chosen.name().toLowerCase(java.util.Locale.ROOT)
                        + " are, with migrations(Path) or migrationsFromClasspath(String)");
            }
            return new AshlarExtension(domain, migrator, chosen);
        }

        private static BiConsumer<Domain, AshlarConfig> fromFolder(Path root) {
            Objects.requireNonNull(root, "root");
            return (d, config) -> Migrations.migrateAll(d, config, root);
        }

        private static BiConsumer<Domain, AshlarConfig> fromClasspath(String resourceRoot) {
            Objects.requireNonNull(resourceRoot, "resourceRoot");
            return (d, config) -> Migrations.migrateAllFromClasspath(d, config, resourceRoot);
        }
    }
}

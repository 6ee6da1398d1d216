/**
 * Test support: {@link dev.ashlar.test.AshlarExtension} gives a JUnit 5 test class fresh databases with the
 * domain's migrations applied and injects {@link dev.ashlar.Ashlar} into test methods.
 * <pre>{@code
 * class RegistrationTest {
 *     @RegisterExtension
 *     static final AshlarExtension DB = AshlarExtension.forDomain(Blog.DOMAIN)
 *             .migrationsFromClasspath("db")       // or .migrations(Path.of("src/main/resources/db"))
 *             .build();                            // SQLite by default; -Dashlar.test.dialect=postgres
 *
 *     @Test
 *     void registers(Ashlar ashlar) {
 *         ashlar.create(Blog.USER, Map.of("email", "ann@example.com"));
 *     }
 * }
 * }</pre>
 * Isolation: every test starts from the migrated, empty schema. On SQLite each test gets its own copy of a database
 * file migrated once per class; on PostgreSQL each class gets its own schema per repo, migrated once, and every table
 * is truncated after each test. A transaction rolled back after each test was ruled out: actions commit their own
 * transactions unless the test wraps them in {@code ashlar.transaction}, work on other threads would not join it,
 * and a test that expects an error (a unique violation, say) and carries on would find the transaction aborted
 * (PostgreSQL) or marked rollback-only (Ashlar's policy on every dialect).
 */
package dev.ashlar.test;

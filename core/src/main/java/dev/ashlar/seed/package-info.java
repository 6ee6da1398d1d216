/**
 * Seed data: an application's {@link dev.ashlar.seed.Seeds} class makes its development and demo data through
 * the domain's actions (usually with the generators of {@code ashlar-generator}), and {@link dev.ashlar.seed.SeedRun}
 * runs it and counts what it created per table.
 * <pre>{@code
 * public final class BlogSeeds implements Seeds {
 *     public void seed(SeedContext context) {
 *         // generators seeded with context.seed(), writing through context.ashlar()
 *     }
 * }
 * SeedReport report = SeedRun.run(ashlar, new BlogSeeds(), 42);   // or: ashlar seed / ashlar reset
 * }</pre>
 * The interface lives in {@code ashlar-api}, not in the generator module, so that the CLI can run any seeds class
 * (with generators or without) and the generator module can build on it; it has no dependency of its own.
 */
@NullMarked
package dev.ashlar.seed;

import org.jspecify.annotations.NullMarked;

package dev.ashlar.seed;

/**
 * An application's seed data, made through the domain's actions so that it passes the same casts, changes and
 * validations as real input. Named in the config file as {@code seeds: com.example.BlogSeeds} and run by
 * {@code ashlar seed} and {@code ashlar reset}, or in code by {@link SeedRun#run}. An implementation the CLI runs
 * needs a public no-argument constructor.
 */
@FunctionalInterface
public interface Seeds {

    /**
     * Writes the seed data. Use {@link SeedContext#seed()} to seed every generator, so that one seed number makes the
     * same data on every run and every dialect. A throw stops the run; what was written before stays written (each
     * action commits on its own), so seed into a fresh database ({@code ashlar reset}).
     */
    void seed(SeedContext context);
}

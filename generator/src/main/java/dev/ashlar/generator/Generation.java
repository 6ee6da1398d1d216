package dev.ashlar.generator;

import dev.ashlar.AshlarView;
import dev.ashlar.resource.Resource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One reproducible generation run: the seed every generator made from it derives its values from, and the state
 * that {@link Gen#sequence} and {@link Gen#once} share between those generators. The same seed gives the same
 * values, Datafaker's included, run after run and on every dialect.
 * <pre>{@code
 * Generation generation = Generation.fromEnvironment();       // ASHLAR_SEED, or a random seed
 * System.err.println(generation.replayHint());                 // "seed 8812...: ASHLAR_SEED=8812... replays this run"
 * }</pre>
 * Not thread-safe: use one per thread.
 */
public final class Generation {
    /** The environment variable {@link #fromEnvironment()} reads. */
    public static final String SEED_VARIABLE = "ASHLAR_SEED";

    private final long seed;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Object> onceValues = new HashMap<>();
    private final Map<String, Integer> generatorsPerAction = new HashMap<>();

    private Generation(long seed) {
        this.seed = seed;
    }

    /** A generation with this seed. */
    public static Generation seeded(long seed) {
        return new Generation(seed);
    }

    /** A generation with a randomly chosen seed; {@link #seed()} tells which, to replay it. */
    public static Generation random() {
        return new Generation(ThreadLocalRandom.current().nextLong());
    }

    /** The seed in {@code ASHLAR_SEED} (a decimal long) when set, else a random one. */
    public static Generation fromEnvironment() {
        return fromVariable(System.getenv(SEED_VARIABLE));
    }

    static Generation fromVariable(String value) {
        if (value == null || value.isBlank()) {
            return random();
        }
        try {
            return seeded(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new GeneratorException(SEED_VARIABLE + " must be a whole number (a 64-bit seed), got \""
                    + value + "\"");
        }
    }

    public long seed() {
        return seed;
    }

    /** A line for logs and command output that says how to replay this run. */
    public String replayHint() {
        return "seed " + seed + ": " + SEED_VARIABLE + "=" + seed + " replays this run";
    }

    /** A generator for a create action of {@code resource}, run through {@code ashlar} (or a view of it). */
    public ChangesetGenerator.Builder changeset(AshlarView ashlar, Resource resource, String action) {
        return new ChangesetGenerator.Builder(this, ashlar, resource, action);
    }

    /** A generator for the resource's primary create action. */
    public ChangesetGenerator.Builder changeset(AshlarView ashlar, Resource resource) {
        return changeset(ashlar, resource, null);
    }

    /** A generator that writes rows directly through the data layer, without an action (fixtures). */
    public SeedGenerator.Builder seedRows(AshlarView ashlar, Resource resource) {
        return new SeedGenerator.Builder(this, ashlar, resource);
    }

    /** The seed of one generator: its label plus how many generators of that label came before. */
    long generatorSeed(String label) {
        int ordinal = generatorsPerAction.merge(label, 1, Integer::sum) - 1;
        return SeedMix.derive(seed, label + "#" + ordinal);
    }

    long nextInSequence(String name) {
        return sequences.merge(name, 0L, (old, zero) -> old + 1);
    }

    @SuppressWarnings("unchecked")
    <T> T once(String name, Supplier<T> supplier) {
        if (!onceValues.containsKey(name)) {
            onceValues.put(name, supplier.get());
        }
        return (T) onceValues.get(name);
    }

    @Override
    public String toString() {
        return "Generation[seed=" + seed + "]";
    }
}

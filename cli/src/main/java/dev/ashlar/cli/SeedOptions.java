package dev.ashlar.cli;

import dev.ashlar.generator.Generation;
import picocli.CommandLine.Option;

/** The options of the commands that run the seeds: which class, and which seed number. */
final class SeedOptions {
    @Option(names = "--seeds", paramLabel = "CLASS",
            description = "Class implementing dev.ashlar.seed.Seeds (public no-argument constructor). Default: seeds: "
                    + "in the config file.")
    String seeds;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed number for every generator: the same number makes the same data. Default: the "
                    + "environment variable " + Generation.SEED_VARIABLE + ", else a random one (printed).")
    Long seed;

    /** The seeds class: {@code --seeds}, else {@code seeds:} of the config file. */
    String seedsClass(Project project) {
        String name = seeds != null ? seeds : project.seedsClass();
        if (name == null) {
            throw new CliException("no seeds class: pass --seeds CLASS or add 'seeds: com.example.MySeeds' to the "
                    + "config file (a class implementing dev.ashlar.seed.Seeds)");
        }
        return name;
    }

    /** {@code --seed}, else {@code ASHLAR_SEED}, else a random number: the generators' own rule. */
    long seedNumber() {
        return seed != null ? seed : Generation.fromEnvironment().seed();
    }
}

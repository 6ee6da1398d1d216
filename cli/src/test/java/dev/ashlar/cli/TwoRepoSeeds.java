package dev.ashlar.cli;

import dev.ashlar.generator.Gen;
import dev.ashlar.generator.Generation;
import dev.ashlar.seed.SeedContext;
import dev.ashlar.seed.Seeds;

/** Seeds of {@link TwoRepoDomain}, made by generators: three authors (names from Datafaker) and one event. */
public final class TwoRepoSeeds implements Seeds {

    @Override
    public void seed(SeedContext context) {
        Generation generation = Generation.seeded(context.seed());
        generation.changeset(context.ashlar(), TwoRepoDomain.AUTHOR, "create")
                .override("name", Gen.faker(f -> f.name().fullName()))
                .build().generateMany(3);
        generation.changeset(context.ashlar(), TwoRepoDomain.EVENT, "create")
                .override("kind", "seeded")
                .build().generate();
    }
}

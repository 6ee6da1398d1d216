package dev.ashlar.cli;

import dev.ashlar.seed.SeedContext;
import dev.ashlar.seed.Seeds;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeds of {@link TwoRepoDomain}: three authors whose names depend on the seed number, and one event. */
public final class TwoRepoSeeds implements Seeds {
    private static final List<String> NAMES = List.of("Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo");

    @Override
    public void seed(SeedContext context) {
        Random random = new Random(context.seed());
        for (int i = 0; i < 3; i++) {
            context.ashlar().create(TwoRepoDomain.AUTHOR, Map.of("name", NAMES.get(random.nextInt(NAMES.size())) + i));
        }
        context.ashlar().create(TwoRepoDomain.EVENT, Map.of("kind", "seeded"));
    }
}

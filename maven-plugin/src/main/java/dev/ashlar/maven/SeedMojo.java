package dev.ashlar.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code ashlar seed}: runs the seeds class against the migrated databases of every repo. */
@Mojo(name = "seed", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SeedMojo extends AshlarMojo {
    /** The class implementing {@code dev.ashlar.seed.Seeds}. Default: {@code seeds:} in the config file. */
    @Parameter(property = "ashlar.seeds")
    String seeds;

    /** The seed number of every generator. Default: {@code ASHLAR_SEED}, else a random one (printed). */
    @Parameter(property = "ashlar.seed")
    Long seed;

    @Override
    String command() {
        return "seed";
    }

    @Override
    List<String> options() {
        List<String> options = new ArrayList<>();
        if (seeds != null && !seeds.isBlank()) {
            options.addAll(List.of("--seeds", seeds.trim()));
        }
        if (seed != null) {
            options.addAll(List.of("--seed", seed.toString()));
        }
        return options;
    }
}

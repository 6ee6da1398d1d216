package dev.ashlar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ashlar seed}: runs the seeds class against migrated databases. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Runs the seeds class (seeds: in the config file, or --seeds) and prints the rows it created per "
                + "table and the seed number it used. Every repo of the domain must be migrated; otherwise nothing "
                + "is seeded.")
final class SeedCommand implements Callable<Integer> {
    @ParentCommand
    AshlarCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    SeedOptions seedOptions;

    @Override
    public Integer call() {
        if (!common.repos.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "seed runs the seeds class over every repo of the "
                    + "domain; --repo does not apply (use it with reset to reset only some repos)");
        }
        try (Project project = Project.load(common, cli)) {
            SeedStep.run(project, seedOptions, cli.out());
            return 0;
        }
    }
}

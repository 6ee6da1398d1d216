package dev.ashlar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command takes: where the config, the domain and the migrations are, and which repos. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "ashlar.yml",
            description = "YAML file with the repos (and optionally domain: and migrations:). Default: ${DEFAULT-VALUE}")
    Path config;

    @Option(names = "--domain", paramLabel = "CLASS",
            description = "Class holding the domain: a public static Domain field, a public static Domain domain() "
                    + "method, or a Supplier<Domain>. Default: domain: in the config file.")
    String domain;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Folder of the migrations (<DIR>/<repo>/migration, down, snapshots). Default: migrations: "
                    + "in the config file, else src/main/resources/db.")
    Path root;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH",
            description = "Extra jars and class folders (separated by '${sys:path.separator}'; 'dir/*' means every jar "
                    + "in dir) holding the domain class and any further data layers.")
    String classpath;

    @Option(names = "--repo", paramLabel = "REPO",
            description = "Only this repo (repeatable). Default: every repo of the domain, one by one.")
    List<String> repos = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces and library logs.")
    boolean verbose;
}

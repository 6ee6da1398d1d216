package dev.ashlar.cli;

import dev.ashlar.config.Secret;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ashlar} command. Exit codes: 0 success, 1 failure (or drift found by {@code codegen --check}),
 * 2 usage error. Errors are one line on stderr, with every known secret redacted; {@code --verbose} adds the
 * stack trace.
 */
@Command(name = "ashlar", mixinStandardHelpOptions = true, versionProvider = AshlarCli.Version.class,
        description = "Generates, applies and rolls back the migrations of an Ashlar domain, creates and drops "
                + "its databases, repo by repo, and seeds them.",
        subcommands = {CodegenCommand.class, MigrateCommand.class, RollbackCommand.class, BaselineCommand.class,
                CreateCommand.class,
                DropCommand.class, StatusCommand.class, DiffCommand.class, RepairCommand.class, SeedCommand.class,
                ResetCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure, pending changes found by codegen --check, or drift found by diff",
                "2:usage error"},
        footer = {"", "Run 'ashlar COMMAND --help' for a command's options. The commands your domain declares are "
                + "listed too when its config file (ashlar.yml here, or --config FILE) loads."})
public final class AshlarCli implements Runnable {
    /** Everything a failure message must not show: the passwords of the loaded config. */
    private final Set<Secret> secrets = new LinkedHashSet<>();

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(commandLine(), args));
    }

    /** Runs {@code args} on {@code cli}, with the commands the user's domain declares added first (see README). */
    public static int execute(CommandLine cli, String... args) {
        try (DomainCommands ignored = DomainCommands.register(cli, args)) {
            return cli.execute(args);
        }
    }

    /** The command line with Ashlar's error handling, printing to the process's stdout and stderr. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AshlarCli());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The same, writing to the given streams (for tests and embedding). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose a command: codegen, migrate, rollback, "
                + "baseline, create, drop, status, diff, repair, seed or reset");
    }

    void addSecret(Secret secret) {
        if (secret != null && !secret.isEmpty()) {
            secrets.add(secret);
        }
    }

    Set<Secret> secrets() {
        return secrets;
    }

    Output out() {
        return new Output(spec.commandLine().getOut(), Set.of());
    }

    Output err() {
        return new Output(spec.commandLine().getErr(), secrets);
    }

    /** {@code ashlar --version}: the version Maven filtered into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties p = new Properties();
            try (InputStream in = AshlarCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"ashlar " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
        }
    }
}

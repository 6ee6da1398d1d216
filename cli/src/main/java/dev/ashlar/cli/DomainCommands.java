package dev.ashlar.cli;

import dev.ashlar.domain.command.DomainCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds the commands a user's domain declares to the {@code ashlar} command line before it parses. The domain is
 * loaded as the other commands load it ({@code --config}, {@code --domain}, {@code --classpath} read from the
 * arguments, else {@code ashlar.yml} here), but only when the arguments may name a domain command or ask for the
 * command list: {@code ashlar --help}, {@code ashlar help ...} or a word that is not a built-in command. While
 * registered, the loaded project stays open; {@link #close()} releases it.
 */
final class DomainCommands implements AutoCloseable {
    private static final DomainCommands NONE = new DomainCommands(null);
    private final Project project;

    private DomainCommands(Project project) {
        this.project = project;
    }

    static DomainCommands register(CommandLine cli, String... args) {
        if (args.length == 0) {
            return NONE;
        }
        String first = args[0];
        boolean help = List.of("-h", "--help").contains(first) || first.equals("help")
                && (args.length == 1 || !cli.getSubcommands().containsKey(args[1]));
        boolean unknownWord = !first.startsWith("-") && !cli.getSubcommands().containsKey(first);
        if (!help && !unknownWord) {
            return NONE;
        }
        CommonOptions options = scan(args);
        if (help) { // `ashlar --help --config app.yml` lists the commands of that project's domain
            for (String name : List.of("--config", "--domain", "--classpath", "--root")) {
                cli.getCommandSpec().addOption(OptionSpec.builder(name).hidden(true).type(String.class).build());
            }
        }
        if (!Files.isRegularFile(options.config)) {
            return NONE; // no project here: picocli reports an unknown word with the closest built-in names
        }
        AshlarCli root = (AshlarCli) cli.getCommandSpec().userObject();
        Project project;
        try {
            project = Project.load(options, root);
        } catch (RuntimeException | Error e) {
            if (unknownWord && !help) { // the word may be a domain command: say why the domain did not load
                cli.addSubcommand(first, new CommandLine(CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> {
                    throw e;
                }).name(first)));
            }
            return NONE;
        }
        for (DomainCommand command : project.domain().commands()) {
            if (cli.getSubcommands().containsKey(command.name())) {
                continue; // a built-in command added after the domain was written keeps its name
            }
            DomainCommandRun run = new DomainCommandRun(command, project.domain(), () -> project);
            CommandSpec spec = DomainCommandSpec.of(command, project.domain(), run);
            run.attach(spec);
            CommandLine sub = new CommandLine(spec);
            sub.setCaseInsensitiveEnumValuesAllowed(true);
            sub.setOut(cli.getOut());
            sub.setErr(cli.getErr());
            cli.addSubcommand(command.name(), sub);
        }
        oneLineUsageErrors(cli, project.domain().commands().stream().map(DomainCommand::name).toList());
        return new DomainCommands(project);
    }

    /**
     * A usage error of a domain command is one line on stderr (exit 2) naming its --help, rather than the error
     * followed by the whole usage text; the built-in commands keep picocli's report.
     */
    private static void oneLineUsageErrors(CommandLine cli, List<String> names) {
        CommandLine.IParameterExceptionHandler builtIn = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            if (ex.getCommandLine() == cli || !names.contains(name)) {
                return builtIn.handleParseException(ex, args);
            }
            ex.getCommandLine().getErr().println("error: " + ex.getMessage().replace('\n', ' ').strip()
                    + " (see 'ashlar " + name + " --help')");
            ex.getCommandLine().getErr().flush();
            return 2;
        });
    }

    /** The options that find the project, wherever they occur: {@code --config}, {@code --domain}, ... */
    private static CommonOptions scan(String... args) {
        CommonOptions options = new CommonOptions();
        options.config = Path.of("ashlar.yml");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            String value = arg.startsWith("--") && eq > 0 ? arg.substring(eq + 1)
                    : i + 1 < args.length ? args[i + 1] : null;
            boolean inline = arg.startsWith("--") && eq > 0;
            switch (name) {
                case "--config" -> options.config = value == null ? options.config : Path.of(value);
                case "--domain" -> options.domain = value;
                case "--classpath", "-cp" -> options.classpath = value;
                case "--root" -> options.root = value == null ? null : Path.of(value);
                case "--verbose" -> options.verbose = true;
                default -> {
                    continue;
                }
            }
            i += inline || name.equals("--verbose") ? 0 : 1;
        }
        return options;
    }

    @Override
    public void close() {
        if (project != null) {
            project.close();
        }
    }
}

package dev.ashlar.cli;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.Argument;
import dev.ashlar.cli.render.OutputFormat;
import dev.ashlar.domain.Domain;
import dev.ashlar.domain.command.ActionCommand;
import dev.ashlar.domain.command.CreateCommand;
import dev.ashlar.domain.command.DestroyCommand;
import dev.ashlar.domain.command.DomainCommand;
import dev.ashlar.domain.command.ListCommand;
import dev.ashlar.domain.command.UpdateCommand;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli model of one domain command, built from its declaration: its positionals (key fields first for
 * commands that find one row), each with its type, and the options its kind takes.
 */
final class DomainCommandSpec {
    static final String FORMAT = "--format";
    static final String ACTOR = "--actor";
    static final String LOAD = "--load";
    static final String FILTER = "--filter";
    static final String FILTER_STDIN = "--filter-stdin";
    static final String SORT = "--sort";
    static final String LIMIT = "--limit";
    static final String OFFSET = "--offset";
    static final String INPUT = "--input";
    static final String SET = "--set";

    /** Where stdin input comes from: a YAML or JSON map. */
    enum InputFormat { YAML, JSON }

    private DomainCommandSpec() {
    }

    static CommandSpec of(DomainCommand command, Domain domain, DomainCommandRun run) {
        Resource resource = domain.require(command.resource());
        ActionDefinition action = resource.action(command.action()).orElseThrow();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(run).name(command.name());
        // --help only: a one-letter option (-h) would make "--sort -hashed_at" read as that option, not a value
        spec.addOption(OptionSpec.builder("--help").usageHelp(true).description("Show this help and exit.").build());
        spec.usageMessage().description(command.description().isEmpty()
                ? kind(command) + " " + resource.name() + "." + action.name() : command.description());
        spec.addMixin("common", CommandSpec.forAnnotatedObject(new CommonOptions()));
        List<Positional> positionals = positionals(command, resource, action);
        for (int i = 0; i < positionals.size(); i++) {
            Positional p = positionals.get(i);
            spec.addPositional(PositionalParamSpec.builder().index(String.valueOf(i)).arity("0..1")
                    .paramLabel(p.name().toUpperCase(java.util.Locale.ROOT)).type(String.class)
                    .description(p.name() + ": " + p.type() + (p.role().isEmpty() ? "" : ", " + p.role())).build());
        }
        spec.parser().unmatchedArgumentsAllowed(true); // counted by the run, which says "expected N, got M"
        spec.addOption(option(FORMAT, OutputFormat.class, "FORMAT", "yaml",
                "Output: yaml (default), json (one document; nothing else on stdout) or table."));
        spec.addOption(option(ACTOR, String.class, "RESOURCE:KEY", null,
                "Run as this row: Resource:primary-key, or Resource:field=value for an identity's field."));
        if (!(command instanceof DestroyCommand)) {
            spec.addOption(option(LOAD, String.class, "REL[,REL...]", null,
                    "Relationships to load into each row (public ones; one level, as reads load them)."));
        }
        if (command instanceof ListCommand) {
            spec.addOption(option(FILTER, String.class, "EXPRESSION", null,
                    "Only rows matching, e.g. 'status == \"published\" and views >= 10' (see README, filter language)."));
            spec.addOption(OptionSpec.builder(FILTER_STDIN).arity("0").type(boolean.class)
                    .description("Read the filter from stdin.").build());
            spec.addOption(option(SORT, String.class, "FIELDS", null,
                    "Sort by attributes, '-' for descending, e.g. '-inserted_at,name'."));
            spec.addOption(option(LIMIT, Integer.class, "N", null, "At most N rows."));
            spec.addOption(option(OFFSET, Integer.class, "N", null, "Skip the first N rows."));
        }
        if (command instanceof CreateCommand || command instanceof UpdateCommand || command instanceof ActionCommand) {
            spec.addOption(option(INPUT, InputFormat.class, "yaml|json", null,
                    "Read the input map from stdin in this format (sensitive inputs such as passwords go here)."));
            spec.addOption(OptionSpec.builder(SET).type(String[].class).paramLabel("FIELD=VALUE")
                    .description("An input value (repeatable); wins over stdin.").build());
        }
        return spec;
    }

    private static OptionSpec option(String name, Class<?> type, String label, String defaultValue, String text) {
        OptionSpec.Builder b = OptionSpec.builder(name).type(type).paramLabel(label).description(text);
        return (defaultValue == null ? b : b.defaultValue(defaultValue)).build();
    }

    private static String kind(DomainCommand command) {
        return switch (command) {
            case ActionCommand c -> "Runs";
            case CreateCommand c -> "Creates with";
            case ListCommand c -> "Lists with";
            case UpdateCommand c -> "Updates with";
            case DestroyCommand c -> "Destroys with";
            case DomainCommand.Targeted c -> "Gets with";
        };
    }

    /** One positional: the input it fills, its type and where it comes from. */
    record Positional(String name, String type, String role) {}

    /** The positionals in order: key fields of a targeted command, then the declared ones. */
    static List<Positional> positionals(DomainCommand command, Resource resource, ActionDefinition action) {
        List<Positional> out = new ArrayList<>();
        if (command instanceof DomainCommand.Targeted t) {
            for (String key : keyFields(t, resource)) {
                out.add(new Positional(key, resource.attribute(key).orElseThrow().type().toString(),
                        t.identity() == null ? "primary key" : "identity " + t.identity()));
            }
        }
        for (String name : command.positionals()) {
            String type = action.argument(name).map(Argument::type)
                    .or(() -> resource.attribute(name).map(Attribute::type)).map(Object::toString).orElse("text");
            out.add(new Positional(name, type, action.argument(name).isPresent() ? "argument" : "attribute"));
        }
        return out;
    }

    static List<String> keyFields(DomainCommand.Targeted command, Resource resource) {
        return command.identity() == null ? resource.primaryKey().stream().map(Attribute::name).toList()
                : resource.identity(command.identity()).orElseThrow().keys();
    }
}

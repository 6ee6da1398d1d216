package dev.ashlar.cli;

import dev.ashlar.Ashlar;
import dev.ashlar.AshlarView;
import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.cli.filter.FilterParser;
import dev.ashlar.cli.filter.FilterSyntaxException;
import dev.ashlar.cli.render.OutputFormat;
import dev.ashlar.cli.render.RowTree;
import dev.ashlar.domain.Domain;
import dev.ashlar.domain.command.ActionCommand;
import dev.ashlar.domain.command.CreateCommand;
import dev.ashlar.domain.command.DestroyCommand;
import dev.ashlar.domain.command.DomainCommand;
import dev.ashlar.domain.command.GetCommand;
import dev.ashlar.domain.command.ListCommand;
import dev.ashlar.domain.command.UpdateCommand;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs one domain command: checks its command line before any database is opened (positional count, actor text,
 * filter, sort, loads, stdin input), then opens the domain's data layers, runs the action (as the actor, if given)
 * and prints the result to stdout in the chosen format. Everything else goes to stderr.
 */
final class DomainCommandRun implements Callable<Integer> {
    private final DomainCommand command;
    private final Supplier<Project> project;
    private final Resource resource;
    private final ActionDefinition action;
    private final Domain domain;
    private CommandSpec spec;

    DomainCommandRun(DomainCommand command, Domain domain, Supplier<Project> project) {
        this.command = command;
        this.project = project;
        this.domain = domain;
        this.resource = domain.require(command.resource());
        this.action = resource.action(command.action()).orElseThrow();
    }

    void attach(CommandSpec commandSpec) {
        this.spec = commandSpec;
    }

    @Override
    public Integer call() {
        CommonOptions common = (CommonOptions) spec.mixins().get("common").userObject();
        if (!common.repos.isEmpty()) {
            throw usage(command.name() + " runs on the repo its resource " + resource.name() + " is stored in ("
                    + resource.repo() + "); --repo does not apply");
        }
        List<String> positionals = positionals();
        OutputFormat format = spec.findOption(DomainCommandSpec.FORMAT).getValue();
        FieldChecks fields = new FieldChecks(resource, this::usage);
        List<String> loads = spec.findOption(DomainCommandSpec.LOAD) == null ? List.of()
                : fields.loads(spec.findOption(DomainCommandSpec.LOAD).getValue());
        Query query = command instanceof ListCommand ? listQuery(fields) : Query.of(resource);
        Map<String, Object> input = new CommandInput(spec, this::usage).read(command, positionals,
                keyCount());
        String actorText = spec.findOption(DomainCommandSpec.ACTOR).getValue();
        ActorText actorRef = actorText == null ? null : ActorText.parse(actorText, this::usage);

        Project p = project.get();
        try (Ashlar ashlar = p.open()) {
            AshlarView view = actorRef == null ? ashlar : ashlar.as(actorRef.find(ashlar));
            Object result = run(view, positionals, input, query.load(loads.toArray(String[]::new)));
            if (!(command instanceof ListCommand || command instanceof GetCommand)) {
                result = new Loads(view, resource).reload(result, loads);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.write(new RowTree(domain).of(result, loads)));
            out.flush();
        }
        return 0;
    }

    private Object run(AshlarView view, List<String> positionals, Map<String, Object> input, Query query) {
        return switch (command) {
            case ActionCommand c -> view.run(resource, action.name(), input);
            case CreateCommand c -> view.create(resource, action.name(), input);
            case ListCommand c -> view.read(action.name(), input, query);
            case GetCommand c -> target(view, c, positionals, input, query);
            case UpdateCommand c -> view.update(resource, action.name(), target(view, c, positionals, Map.of(),
                    Query.of(resource)), input);
            case DestroyCommand c -> view.destroy(resource, action.name(), target(view, c, positionals, Map.of(),
                    Query.of(resource)), input);
        };
    }

    /** The one row the key positionals name, through the command's read action; not found is an error. */
    private Row target(AshlarView view, DomainCommand.Targeted c, List<String> positionals,
                       Map<String, Object> readArguments, Query query) {
        List<String> keys = DomainCommandSpec.keyFields(c, resource);
        Map<String, Object> key = new LinkedHashMap<>();
        Query byKey = query;
        for (int i = 0; i < keys.size(); i++) {
            key.put(keys.get(i), positionals.get(i));
            byKey = byKey.where(Filter.where(keys.get(i)).eq(positionals.get(i)));
        }
        String readAction = c.readAction() != null ? c.readAction()
                : resource.primaryAction(ActionType.READ).orElseThrow(() -> new CliException(resource.name()
                + " has no read action to find the row with; declare one or name it with readAction(...)")).name();
        List<Row> rows = view.read(readAction, readArguments, byKey.limit(2));
        if (rows.isEmpty()) {
            throw new NotFoundException(resource.name(), key, resource.attributes().stream()
                    .filter(Attribute::sensitive).map(Attribute::name).collect(java.util.stream.Collectors.toSet()));
        }
        return rows.get(0);
    }

    private Query listQuery(FieldChecks fields) {
        Query query = Query.of(resource);
        String text = spec.findOption(DomainCommandSpec.FILTER).getValue();
        boolean fromStdin = Boolean.TRUE.equals(spec.findOption(DomainCommandSpec.FILTER_STDIN).getValue());
        if (text != null && fromStdin) {
            throw usage("give --filter or --filter-stdin, not both");
        }
        if (fromStdin) {
            text = CommandInput.stdin();
        }
        if (text != null) {
            try {
                query = query.where(fields.filter(FilterParser.parse(text)));
            } catch (FilterSyntaxException e) {
                throw usage(e.getMessage());
            }
        }
        String sort = spec.findOption(DomainCommandSpec.SORT).getValue();
        if (sort != null) {
            query = query.sort(fields.sorts(sort).toArray(dev.ashlar.query.Sort[]::new));
        }
        Integer limit = spec.findOption(DomainCommandSpec.LIMIT).getValue();
        Integer offset = spec.findOption(DomainCommandSpec.OFFSET).getValue();
        if (limit != null && limit < 0 || offset != null && offset < 0) {
            throw usage("--limit and --offset take a number >= 0");
        }
        query = limit == null ? query : query.limit(limit);
        return offset == null ? query : query.offset(offset);
    }

    /** The positional values, checked against the declared count; stray options are usage errors. */
    private List<String> positionals() {
        List<String> values = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.getValue() != null) {
                values.add(p.getValue());
            }
        }
        for (String extra : spec.commandLine().getUnmatchedArguments()) {
            if (extra.startsWith("-")) {
                throw usage("Unknown option: '" + extra + "'");
            }
            values.add(extra);
        }
        int expected = spec.positionalParameters().size();
        boolean inputGiven = spec.findOption(DomainCommandSpec.INPUT) != null
                && (spec.findOption(DomainCommandSpec.INPUT).getValue() != null
                || spec.findOption(DomainCommandSpec.SET).getValue() != null);
        if (inputGiven && values.size() == keyCount()) {
            return values; // the declared inputs come from --input or --set instead
        }
        if (values.size() != expected) {
            throw usage("expected " + expected + " positional argument" + (expected == 1 ? "" : "s")
                    + (expected == 0 ? "" : " (" + String.join(" ", spec.positionalParameters().stream()
                    .map(PositionalParamSpec::paramLabel).toList()) + ")") + ", got " + values.size());
        }
        return values;
    }

    private int keyCount() {
        return command instanceof DomainCommand.Targeted t ? DomainCommandSpec.keyFields(t, resource).size() : 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package dev.ashlar.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ashlar.domain.command.DomainCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The input map of a command: a YAML or JSON map from stdin ({@code --input}), then the declared positionals, then
 * {@code --set field=value}, each winning over the one before. Values stay text (or the types YAML/JSON give) and
 * the action casts them. A malformed document is reported by line and column only: its text may hold a password.
 */
final class CommandInput {
    private final CommandSpec spec;
    private final Function<String, ParameterException> usage;

    CommandInput(CommandSpec spec, Function<String, ParameterException> usage) {
        this.spec = spec;
        this.usage = usage;
    }

    /** @param keyCount how many leading positionals are key fields (they find the row, they are not input) */
    Map<String, Object> read(DomainCommand command, List<String> positionals, int keyCount) {
        Map<String, Object> input = new LinkedHashMap<>();
        OptionSpec format = spec.findOption(DomainCommandSpec.INPUT);
        if (format != null && format.getValue() != null) {
            input.putAll(document(format.getValue()));
        }
        for (int i = 0; i < command.positionals().size() && keyCount + i < positionals.size(); i++) {
            input.put(command.positionals().get(i), positionals.get(keyCount + i));
        }
        OptionSpec set = spec.findOption(DomainCommandSpec.SET);
        if (set != null && set.getValue() != null) {
            for (String pair : (String[]) set.getValue()) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw usage.apply("--set takes FIELD=VALUE, got '" + pair.substring(0, Math.max(0, eq))
                            + (eq < 0 ? pair : "") + "'");
                }
                input.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
            }
        }
        return input;
    }

    private Map<String, Object> document(DomainCommandSpec.InputFormat format) {
        ObjectMapper mapper = format == DomainCommandSpec.InputFormat.YAML ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        String text = stdin();
        Object value;
        try {
            value = text.isBlank() ? null : mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw usage.apply("invalid " + format + " on stdin" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()));
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw usage.apply(format + " input on stdin must be a map of field: value, got "
                    + (value == null ? "nothing" : value instanceof List<?> ? "a list" : "a single value"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static String stdin() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin", e);
        }
    }
}

package dev.ashlar.cli.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;

/** How a domain command prints its result: YAML (the default), JSON for tools such as jq, or a table for people. */
public enum OutputFormat {
    YAML {
        @Override
        public String write(Object tree) {
            return text(YAML_MAPPER, tree);
        }
    },
    JSON {
        @Override
        public String write(Object tree) {
            return text(JSON_MAPPER, tree) + System.lineSeparator();
        }
    },
    TABLE {
        @Override
        public String write(Object tree) {
            return TextTable.of(tree);
        }
    };

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The tree (see {@link RowTree}) as text, ending with a line break. */
    public abstract String write(Object tree);

    private static String text(ObjectMapper mapper, Object tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

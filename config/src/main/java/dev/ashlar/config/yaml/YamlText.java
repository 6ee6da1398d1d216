package dev.ashlar.config.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ashlar.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a config file's YAML. A syntax error is reported by line, column and problem only: the parser's own message
 * quotes the offending line, which may be {@code password: ...}, so neither it nor the parser's exception is kept.
 */
public final class YamlText {
    private YamlText() {
    }

    /** The file's YAML tree ({@code null} for an empty file). */
    public static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The YAML tree of {@code in}; {@code source} names it in error messages. */
    static JsonNode read(InputStream in, String source) throws IOException {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(source + ": not valid YAML " + describe(e));
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            return "at line " + (yaml.getProblemMark().getLine() + 1) + ", column "
                    + (yaml.getProblemMark().getColumn() + 1) + ": " + yaml.getProblem() + context;
        }
        JsonLocation at = e.getLocation();
        return at == null ? "(" + e.getClass().getSimpleName() + ")"
                : "at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}

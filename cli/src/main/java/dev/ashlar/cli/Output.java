package dev.ashlar.cli;

import dev.ashlar.config.Redactor;
import dev.ashlar.config.Secret;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where the commands print. Every line loses the credentials in URLs and password parameters; error output also
 * loses the passwords of the loaded config wherever they occur (driver messages are not ours to trust). Lines are
 * flushed at once so that progress shows while work goes on.
 */
final class Output {
    private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();
    private final PrintWriter writer;
    private final Set<Secret> secrets;

    Output(PrintWriter writer, Set<Secret> secrets) {
        this.writer = writer;
        this.secrets = secrets;
    }

    void println(String line) {
        writer.println(redact(line));
        writer.flush();
    }

    void print(String text) {
        writer.print(redact(text));
        writer.flush();
    }

    void flush() {
        writer.flush();
    }

    String redact(String text) {
        String out = Redactor.url(text);
        for (Secret secret : secrets) {
            out = Redactor.text(out, secret);
        }
        return out;
    }

    /** A path as the user would type it: relative to the working directory when inside it. */
    static String path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(WORKING_DIRECTORY) && !absolute.equals(WORKING_DIRECTORY)
                ? WORKING_DIRECTORY.relativize(absolute).toString() : absolute.toString();
    }
}

package dev.ashlar.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs one {@code ashlar} command in a new JVM in the project's folder and relays its output to Maven's log.
 * Standard input is closed at once, so a command never waits for an answer (codegen then behaves as without a
 * terminal: a question it would ask makes it stop, naming the option that answers it).
 */
final class ForkedCli {
    static final String MAIN_CLASS = "dev.ashlar.cli.AshlarCli";
    private static final String ERROR_PREFIX = "error: ";

    private final Path java;
    private final List<String> classPath;
    private final File workingDirectory;
    private final Log log;

    /** How the command ended: its exit code, its {@code error:} line (without the prefix) and its last output line. */
    record Outcome(int exitCode, String error, String lastLine) {
    }

    ForkedCli(Path java, List<String> classPath, File workingDirectory, Log log) {
        this.java = java;
        this.classPath = List.copyOf(classPath);
        this.workingDirectory = workingDirectory;
        this.log = log;
    }

    Outcome run(List<String> arguments) throws MojoExecutionException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                MAIN_CLASS));
        command.addAll(arguments);
        log.debug("ashlar: " + String.join(" ", command) + " (in " + workingDirectory + ")");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory);
        // The class path goes in the environment: no command-line length limit to run into.
        builder.environment().put("CLASSPATH", String.join(File.pathSeparator, classPath));
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start " + java + ": " + e.getMessage(), e);
        }
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<String> linkageError = new AtomicReference<>();
        Thread stderr = relay(process.getErrorStream(), line -> {
            if (line.startsWith(ERROR_PREFIX) && error.get() == null) {
                error.set(line.substring(ERROR_PREFIX.length()));
                log.error(line);
            } else {
                if (line.contains("UnsupportedClassVersionError")) {
                    linkageError.set(line);
                }
                log.warn(line);
            }
        });
        AtomicReference<String> last = new AtomicReference<>();
        Thread stdout = relay(process.getInputStream(), line -> {
            last.set(line);
            log.info(line);
        });
        try {
            stdout.join();
            stderr.join();
            int exit = process.waitFor();
            if (linkageError.get() != null) {
                throw new MojoExecutionException(java + " is older than Java " + JavaExecutable.REQUIRED_FEATURE
                        + ", which Ashlar needs: select a JDK toolchain [" + JavaExecutable.REQUIRED_FEATURE
                        + ",) or give -Dashlar.java");
            }
            return new Outcome(exit, error.get(), last.get());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while ashlar " + arguments.get(0) + " ran", e);
        }
    }

    /** A started thread copying the stream's lines to {@code sink}. */
    private static Thread relay(InputStream stream, Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, Charset.defaultCharset()))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "ashlar-output");
        thread.start();
        return thread;
    }
}

package dev.ashlar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the ashlar command in-process, as a user would type it, and keeps what it printed. */
final class Cli {
    private Cli() {
    }

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AshlarCli.execute(AshlarCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code command} with {@code --config} and {@code --root} of a project folder, then {@code more}. */
    static Result run(TestProject project, String command, String... more) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.addAll(Arrays.asList(more));
        args.addAll(List.of("--config", project.config().toString(), "--root", project.root().toString()));
        return run(args.toArray(String[]::new));
    }

    /** A config file, a migrations root and SQLite databases for each repo, all under one folder. */
    record TestProject(Path dir, Path config, Path root) {
        static TestProject sqlite(Path dir, Class<?> domain, String... repos) {
            StringBuilder yaml = new StringBuilder("domain: " + domain.getName() + "\nrepos:\n");
            for (String repo : repos) {
                yaml.append("  ").append(repo).append(":\n    url: jdbc:sqlite:")
                        .append(dir.resolve(repo + ".db")).append('\n');
            }
            return write(dir, yaml.toString());
        }

        static TestProject write(Path dir, String yaml) {
            try {
                Path config = dir.resolve("ashlar.yml");
                Files.writeString(config, yaml);
                return new TestProject(dir, config, dir.resolve("db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path database(String repo) {
            return dir.resolve(repo + ".db");
        }

        /** Every file under the migrations root, relative to it. */
        List<String> files() {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            try (var walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

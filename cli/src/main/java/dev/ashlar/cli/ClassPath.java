package dev.ashlar.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The user's extra class path ({@code --classpath}): a class loader over it, child of the CLI's own. */
final class ClassPath {
    private ClassPath() {
    }

    /** The CLI's own loader when {@code path} is empty; otherwise a new loader the caller closes. */
    static ClassLoader loader(String path, ClassLoader parent) {
        if (path == null || path.isBlank()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries(entry.trim()).forEach(p -> urls.add(url(p)));
            }
        }
        return new URLClassLoader("ashlar-user", urls.toArray(URL[]::new), parent);
    }

    private static List<Path> entries(String entry) {
        if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
            Path folder = Path.of(entry.substring(0, entry.length() - 2));
            if (!Files.isDirectory(folder)) {
                throw new CliException("--classpath entry " + entry + ": " + folder + " is not a folder");
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
            } catch (IOException e) {
                throw new CliException("--classpath entry " + entry + ": " + e.getMessage(), e);
            }
        }
        Path p = Path.of(entry);
        if (!Files.exists(p)) {
            throw new CliException("--classpath entry " + entry + " does not exist; build your project first "
                    + "(e.g. mvn compile) or fix the path");
        }
        return List.of(p);
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new CliException("--classpath entry " + p + ": " + e.getMessage(), e);
        }
    }
}

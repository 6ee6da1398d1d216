package dev.ashlar.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Copies migrations packaged on the class path ({@code <root>/<repo>/migration} and {@code <root>/<repo>/down},
 * inside a jar or a folder) into a folder on disk, so a packaged application with no build tool can run them. Jars
 * must hold directory entries for those folders, as the ones Maven builds do.
 */
final class ClasspathMigrations {
    private static final String[] FOLDERS = {"migration", "down"};

    private ClasspathMigrations() {
    }

    /** Extracts the repos' migration files to {@code target}, which then serves as the root of {@link Migrations}. */
    public static Path extract(ClassLoader loader, String root, Iterable<String> repos, Path target) {
        try {
            for (String repo : repos) {
                for (String folder : FOLDERS) {
                    String prefix = root + "/" + repo + "/" + folder;
                    Enumeration<URL> urls = loader.getResources(prefix);
                    while (urls.hasMoreElements()) {
                        copy(urls.nextElement(), prefix, target.resolve(repo).resolve(folder));
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations from the class path under " + root, e);
        }
    }

    private static void copy(URL url, String prefix, Path destination) throws IOException {
        Files.createDirectories(destination);
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(prefix + "/") && name.endsWith(".sql")
                            && name.indexOf('/', prefix.length() + 1) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            Files.copy(in, destination.resolve(name.substring(prefix.length() + 1)),
                                    StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return;
        }
        Path folder;
        try {
            folder = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("unsupported class path location " + url, e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                Files.copy(file, destination.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

package dev.ashlar.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathMigrationsTest {
    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void extractsMigrationsAndDownScriptsFromAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("db/", "db/main/", "db/main/migration/", "db/main/down/", "db/other/",
                    "db/other/migration/")) { // directory entries, as Maven's jar plugin writes them
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String name : List.of("db/main/migration/V1__init.sql", "db/main/down/V1__init.down.sql",
                    "db/other/migration/V9__not_ours.sql", "db/main/migration/README.txt")) {
                out.putNextEntry(new JarEntry(name));
                out.write(("-- " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            Path root = ClasspathMigrations.extract(loader, "db", List.of("main"), dir.resolve("out"));
            assertThat(names(root.resolve("main/migration"))).containsExactly("V1__init.sql");
            assertThat(names(root.resolve("main/down"))).containsExactly("V1__init.down.sql");
            assertThat(Files.exists(root.resolve("other"))).isFalse();
            assertThat(Files.readString(root.resolve("main/migration/V1__init.sql"))).isEqualTo("-- db/main/migration/V1__init.sql");
        }
    }

    @Test
    void extractsFromAFolderOnTheClassPath() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/main/migration"));
        Files.writeString(classes.resolve("db/main/migration/V2__more.sql"), "select 1;");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, null)) {
            Path root = ClasspathMigrations.extract(loader, "db", List.of("main"), dir.resolve("out"));
            assertThat(names(root.resolve("main/migration"))).containsExactly("V2__more.sql");
        }
    }
}

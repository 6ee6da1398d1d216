package dev.ashlar.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JDKs found without running them, by the {@code JAVA_VERSION} of their {@code release} file: {@code $JAVA_HOME},
 * then the newest under the usual folders. The same order as the project's launcher scripts
 * ({@code scripts/common.sh}), for goals called directly ({@code mvn ashlar:migrate}), where no toolchain is selected.
 */
final class InstalledJdks {
    private static final List<Path> FOLDERS = List.of(Path.of("/usr/lib/jvm"),
            Path.of("/Library/Java/JavaVirtualMachines"));

    private InstalledJdks() {
    }

    /** The java executable of {@code $JAVA_HOME} or of the newest installed JDK, when its version is at least {@code min}. */
    static Optional<Path> find(int min) {
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank() && feature(Path.of(javaHome)) >= min) {
            return java(Path.of(javaHome));
        }
        return FOLDERS.stream().filter(Files::isDirectory).flatMap(InstalledJdks::homes)
                .filter(home -> feature(home) >= min)
                .max(Comparator.comparingInt(InstalledJdks::feature))
                .flatMap(InstalledJdks::java);
    }

    private static Stream<Path> homes(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(c -> Files.isDirectory(c.resolve("Contents/Home")) ? c.resolve("Contents/Home") : c)
                    .toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Optional<Path> java(Path home) {
        return Stream.of("bin/java", "bin/java.exe").map(home::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** The feature version in {@code home/release} ({@code JAVA_VERSION="21.0.4"} gives 21), or 0. */
    static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
                    if (version.startsWith("1.")) {
                        version = version.substring(2);
                    }
                    String digits = version.split("[^0-9]", 2)[0];
                    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}

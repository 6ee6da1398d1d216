package dev.ashlar.examples.actionsonly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Ashlar jar an application puts on its module path has a stable JPMS name ({@code Automatic-Module-Name}
 * in its manifest: {@code ashlar-dialect-sqlite} is {@code dev.ashlar.dialect.sqlite}), and core with a dialect
 * resolves as modules (no package split across two jars). The jars exist once the reactor has packaged them
 * ({@code mvn verify}); a plain {@code mvn test} sees class folders, and this test is skipped.
 */
class ModuleNamesTest {

    @Test
    void ashlarJarsCarryTheirModuleNamesAndResolveAsModules() {
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().matches("ashlar-.*\\.jar") && Files.isRegularFile(p))
                .toList();
        assumeTrue(!jars.isEmpty(), "Ashlar modules are class folders here (mvn test); the jars come with package");

        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Map<String, String> namesByJar = finder.findAll().stream().collect(Collectors.toMap(
                m -> Path.of(m.location().orElseThrow()).getFileName().toString(),
                m -> m.descriptor().name()));

        assertThat(namesByJar).hasSize(jars.size());
        namesByJar.forEach((jar, name) -> assertThat(name).as(jar).isEqualTo(expectedName(jar)));
        assertThat(namesByJar.values()).contains("dev.ashlar.core", "dev.ashlar.sql", "dev.ashlar.dialect.sqlite");

        Set<String> roots = finder.findAll().stream().map(ModuleReference::descriptor).map(d -> d.name())
                .collect(Collectors.toSet());
        Configuration resolved = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
        assertThat(resolved.modules()).hasSameSizeAs(jars);
    }

    /** ashlar-dialect-sqlite-0.1.0-SNAPSHOT.jar -> dev.ashlar.dialect.sqlite */
    private static String expectedName(String jar) {
        String artifact = jar.replaceFirst("-\\d.*\\.jar$", "");
        return "dev." + artifact.replace('-', '.');
    }
}

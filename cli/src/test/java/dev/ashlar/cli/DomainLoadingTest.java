package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import dev.ashlar.domain.Domain;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways a class can hold the domain, and classes that come from --classpath. */
class DomainLoadingTest {
    @TempDir
    Path dir;

    @Test
    void findsAStaticFieldAMethodOrASupplier() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        for (Class<?> holder : List.of(TwoRepoDomain.class, ChangedDomain.class, SuppliedDomain.class)) {
            Result result = Cli.run(project, "codegen", "--check", "--domain", holder.getName());
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.out()).contains("domain library").contains("create table authors");
        }
    }

    @Test
    void loadsTheDomainFromAClassFolderOnTheClassPath() throws Exception {
        Path classes = compile(dir.resolve("classes"));
        TestProject project = project();

        Result result = Cli.run(project, "codegen", "--dry-run", "--classpath", classes.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("domain notes").contains("create table notes");
    }

    @Test
    void loadsTheDomainFromEveryJarOfAFolder() throws Exception {
        Path classes = compile(dir.resolve("classes"));
        Path lib = Files.createDirectories(dir.resolve("lib"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(lib.resolve("notes.jar")))) {
            jar.putNextEntry(new JarEntry("ext/Notes.class"));
            Files.copy(classes.resolve("ext/Notes.class"), (OutputStream) jar);
            jar.closeEntry();
        }
        TestProject project = project();

        Result result = Cli.run(project, "codegen", "--check", "--classpath", lib + "/*");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("create table notes");
    }

    @Test
    void aMissingClassPathEntryIsNamed() {
        TestProject project = project();

        Result result = Cli.run(project, "status", "--classpath", dir.resolve("target/classes").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--classpath entry").contains("does not exist");
    }

    @Test
    void declarationErrorsOfTheDomainArePrintedAsTheyAre() throws Exception {
        Path classes = dir.resolve("broken");
        compile(classes, "ext.Broken", """
                package ext;
                import dev.ashlar.domain.Domain;
                import dev.ashlar.resource.Resource;
                public class Broken {
                    public static final Domain DOMAIN = Domain.define("broken", d -> d.resources(
                        Resource.define("Note", r -> r.table("notes").attributes(a -> a.uuidPrimaryKey("id"))
                            .identity("by_title", "title"))));
                }
                """);
        TestProject project = project();

        Result result = Cli.run(project, "status", "--classpath", classes.toString(), "--domain", "ext.Broken");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: invalid declaration").contains("title");
    }

    private TestProject project() {
        return TestProject.write(dir, "domain: ext.Notes\nrepos:\n  main:\n    url: jdbc:sqlite:" + dir.resolve("n.db")
                + "\n");
    }

    private static Path compile(Path out) throws IOException, URISyntaxException {
        return compile(out, "ext.Notes", """
                package ext;
                import dev.ashlar.domain.Domain;
                import dev.ashlar.resource.Resource;
                public class Notes implements java.util.function.Supplier<Domain> {
                    public Domain get() {
                        return Domain.define("notes", d -> d.resources(Resource.define("Note", r -> r.table("notes")
                            .attributes(a -> a.uuidPrimaryKey("id").text("body")))));
                    }
                }
                """);
    }

    /** Compiles one class against the api, into {@code out}: a class the CLI's own class path does not have. */
    private static Path compile(Path out, String className, String source) throws IOException, URISyntaxException {
        Path src = out.resolveSibling(out.getFileName() + "-src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Files.createDirectories(out);
        String api = Path.of(Domain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-classpath", api, "-d", out.toString(), src.toString());
        assertThat(code).as("javac exit code").isZero();
        return out;
    }
}

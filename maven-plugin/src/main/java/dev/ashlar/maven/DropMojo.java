package dev.ashlar.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code ashlar drop}: drops each repo's database with all its data. */
@Mojo(name = "drop", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DropMojo extends AshlarMojo {
    /** Drop a PostgreSQL database even while other sessions are connected (they are terminated). */
    @Parameter(property = "ashlar.force", defaultValue = "false")
    boolean force;

    @Override
    String command() {
        return "drop";
    }

    @Override
    List<String> options() {
        return force ? List.of("--force") : List.of();
    }
}

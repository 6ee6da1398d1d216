package dev.ashlar.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code ashlar migrate}: applies the pending migrations to each repo's database (which must exist). */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends AshlarMojo {
    /** Apply up to and including this version. */
    @Parameter(property = "ashlar.to")
    String to;

    /** Apply only the next N migrations. */
    @Parameter(property = "ashlar.count")
    Integer count;

    @Override
    String command() {
        return "migrate";
    }

    @Override
    List<String> options() {
        return StepOptions.of(to, count);
    }
}

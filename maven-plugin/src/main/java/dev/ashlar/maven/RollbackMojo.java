package dev.ashlar.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code ashlar rollback}: runs the down scripts of the newest applied migrations (one by default). */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RollbackMojo extends AshlarMojo {
    /** Roll back every migration newer than this version (it stays applied). */
    @Parameter(property = "ashlar.to")
    String to;

    /** Roll back the newest N migrations. Default: 1. */
    @Parameter(property = "ashlar.count")
    Integer count;

    /** Also run down scripts that lose data. */
    @Parameter(property = "ashlar.force", defaultValue = "false")
    boolean force;

    @Override
    String command() {
        return "rollback";
    }

    @Override
    List<String> options() {
        List<String> options = new ArrayList<>(StepOptions.of(to, count));
        if (force) {
            options.add("--force");
        }
        return options;
    }
}

package dev.ashlar.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code ashlar status}: each repo's migrations, their state and when each was applied. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends AshlarMojo {

    @Override
    String command() {
        return "status";
    }

    @Override
    List<String> options() {
        return List.of();
    }
}

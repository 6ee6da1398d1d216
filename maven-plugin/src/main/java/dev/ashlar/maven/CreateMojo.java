package dev.ashlar.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code ashlar create}: creates each repo's database when it does not exist. */
@Mojo(name = "create", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CreateMojo extends AshlarMojo {

    @Override
    String command() {
        return "create";
    }

    @Override
    List<String> options() {
        return List.of();
    }
}

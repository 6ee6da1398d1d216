package dev.ashlar.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code ashlar codegen --check}, bound to {@code verify}: fails the build when the domain has changes no committed
 * migration holds (drift from the snapshots), a question is unanswered, or development migrations are left.
 * Writes nothing and asks nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AshlarMojo {

    @Override
    String command() {
        return "codegen";
    }

    @Override
    List<String> options() {
        return List.of("--check");
    }

    @Override
    String failureMessage(ForkedCli.Outcome outcome) {
        if (outcome.error() != null || outcome.exitCode() != 1) {
            return super.failureMessage(outcome);
        }
        return "the migrations are not up to date with the domain (see the pending changes above): run "
                + "'mvn compile ashlar:codegen -Dashlar.name=NAME' and commit the generated files";
    }
}

package dev.ashlar.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code ashlar codegen}: writes the migration between the latest snapshots and the domain, per repo, offline.
 * Run after compiling: {@code mvn compile ashlar:codegen -Dashlar.name=add_orders}.
 */
@Mojo(name = "codegen", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CodegenMojo extends AshlarMojo {
    /** The migration's name, lower snake_case (e.g. {@code add_orders}); required in mode WRITE. */
    @Parameter(property = "ashlar.name")
    String name;

    /** WRITE (default), DEV, DRY_RUN or SNAPSHOTS_ONLY. */
    @Parameter(property = "ashlar.mode", defaultValue = "WRITE")
    CodegenMode mode = CodegenMode.WRITE;

    /** ASK (default: stop and say so), DROP or KEEP. */
    @Parameter(property = "ashlar.removedTables", defaultValue = "ASK")
    RemovedTables removedTables = RemovedTables.ASK;

    /** When squashing, roll back applied development migrations even when that loses data. */
    @Parameter(property = "ashlar.discardDevData", defaultValue = "false")
    boolean discardDevData;

    @Override
    String command() {
        return "codegen";
    }

    @Override
    List<String> options() throws MojoFailureException {
        if (mode == CodegenMode.WRITE && (name == null || name.isBlank())) {
            throw new MojoFailureException("ashlar:codegen needs a migration name: -Dashlar.name=add_orders (or "
                    + "-Dashlar.mode=DEV for a development migration, or the check goal to only look)");
        }
        List<String> options = new ArrayList<>(mode.flags());
        options.addAll(removedTables.flags());
        if (discardDevData) {
            options.add("--discard-dev-data");
        }
        if (name != null && !name.isBlank()) {
            options.add(name.trim());
        }
        return options;
    }
}

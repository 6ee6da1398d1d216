package dev.ashlar.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * What every goal shares: where the config, domain and migrations are, which repos, and how the command is run.
 * A goal names its command and adds its own options; a failure becomes a {@link MojoFailureException} carrying
 * the command's error message (already free of passwords: the CLI redacts them).
 */
abstract class AshlarMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    // @Component is deprecated in favour of JSR-330 constructor injection, which needs the sisu index plugin;
    // field injection of this one Maven service is still supported by every Maven 3.
    @SuppressWarnings("deprecation")
    @Component
    ToolchainManager toolchains;

    /** The config file: {@code repos:}, and {@code domain:}, {@code migrations:}, {@code seeds:} as the CLI reads them. */
    @Parameter(property = "ashlar.config", defaultValue = "${project.basedir}/ashlar.yml")
    File config;

    /** The class holding the domain. Default: {@code domain:} in the config file. */
    @Parameter(property = "ashlar.domain")
    String domain;

    /** The migrations folder. Default: {@code migrations:} in the config file, else {@code src/main/resources/db}. */
    @Parameter(property = "ashlar.root")
    File root;

    /** Only these repos. Default: every repo of the domain. */
    @Parameter(property = "ashlar.repos")
    List<String> repos = new ArrayList<>();

    /** Print stack traces and library logs. */
    @Parameter(property = "ashlar.verbose", defaultValue = "false")
    boolean verbose;

    /** The java executable (>= 21) to run the command with. Default: the JDK toolchain, else Maven's JVM if >= 21. */
    @Parameter(property = "ashlar.java")
    File java;

    @Parameter(property = "ashlar.skip", defaultValue = "false")
    boolean skip;

    /** The {@code ashlar} command this goal runs, e.g. {@code migrate}. */
    abstract String command();

    /** The command's own options (the common ones are added by {@link #execute()}). */
    abstract List<String> options() throws MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ashlar " + command() + " skipped (ashlar.skip)");
            return;
        }
        List<String> arguments = new ArrayList<>();
        arguments.add(command());
        arguments.addAll(options());
        arguments.addAll(commonOptions());
        ForkedCli cli = new ForkedCli(JavaExecutable.find(java, toolchains, session),
                ForkClassPath.of(project, plugin), project.getBasedir(), getLog());
        ForkedCli.Outcome outcome = cli.run(arguments);
        if (outcome.exitCode() != 0) {
            throw new MojoFailureException(failureMessage(outcome));
        }
    }

    /** The message of a failed command: its {@code error:} line, else what it printed last. */
    String failureMessage(ForkedCli.Outcome outcome) {
        if (outcome.error() != null) {
            return outcome.error();
        }
        return "ashlar " + command() + " failed (exit code " + outcome.exitCode() + ")"
                + (outcome.lastLine() == null ? "" : ": " + outcome.lastLine());
    }

    private List<String> commonOptions() {
        List<String> options = new ArrayList<>(List.of("--config", config.getAbsolutePath()));
        if (domain != null && !domain.isBlank()) {
            options.addAll(List.of("--domain", domain.trim()));
        }
        if (root != null) {
            options.addAll(List.of("--root", root.getAbsolutePath()));
        }
        for (String repo : repos) {
            if (repo != null && !repo.isBlank()) {
                options.addAll(List.of("--repo", repo.trim()));
            }
        }
        if (verbose) {
            options.add("--verbose");
        }
        return options;
    }
}

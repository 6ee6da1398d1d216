package dev.ashlar.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * The forked JVM's class path: the project's compiled classes and runtime dependencies first, then the plugin's
 * Ashlar tooling (the CLI, both dialects, Flyway) minus every artifact the project already has, so one jar of each
 * is on the path and the project's own dependency versions win (a data layer found twice would be ambiguous).
 */
final class ForkClassPath {
    private ForkClassPath() {
    }

    static List<String> of(MavenProject project, PluginDescriptor plugin) throws MojoExecutionException {
        List<String> entries = new ArrayList<>();
        try {
            entries.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's runtime class path is not resolved: " + e.getMessage(), e);
        }
        Set<String> present = new HashSet<>();
        project.getArtifacts().forEach(a -> present.add(key(a)));
        present.add(plugin.getGroupId() + ":" + plugin.getArtifactId());
        for (Artifact artifact : plugin.getArtifacts()) {
            File file = artifact.getFile();
            if (file != null && present.add(key(artifact))) {
                entries.add(file.getAbsolutePath());
            }
        }
        return List.copyOf(entries);
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }
}

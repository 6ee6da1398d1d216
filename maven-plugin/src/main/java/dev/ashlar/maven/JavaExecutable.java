package dev.ashlar.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/** The java executable the commands run with: Ashlar needs Java 21 or newer, Maven may run on an older one. */
final class JavaExecutable {
    static final int REQUIRED_FEATURE = 21;

    private JavaExecutable() {
    }

    /**
     * {@code configured} if given, else the JDK toolchain the build selected, else Maven's own JVM when it is
     * >= 21, else {@code $JAVA_HOME} or the newest installed JDK when >= 21 ({@link InstalledJdks}).
     */
    static Path find(File configured, ToolchainManager toolchains, MavenSession session)
            throws MojoExecutionException {
        if (configured != null) {
            if (!configured.isFile()) {
                throw new MojoExecutionException("ashlar.java " + configured + " is not a file; give the path of a "
                        + "java executable of a JDK " + REQUIRED_FEATURE + " or newer");
            }
            return configured.toPath();
        }
        Toolchain jdk = toolchains.getToolchainFromBuildContext("jdk", session);
        if (jdk != null && jdk.findTool("java") != null) {
            return Path.of(jdk.findTool("java"));
        }
        if (Runtime.version().feature() >= REQUIRED_FEATURE) {
            Path own = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
            if (Files.isRegularFile(own)) {
                return own;
            }
        }
        return InstalledJdks.find(REQUIRED_FEATURE).orElseThrow(() -> new MojoExecutionException("Ashlar runs on "
                + "Java " + REQUIRED_FEATURE + " or newer, but Maven runs on Java " + Runtime.version().feature()
                + ", the build selects no JDK toolchain and no JDK >= " + REQUIRED_FEATURE + " is installed in "
                + "JAVA_HOME or /usr/lib/jvm: install one, add maven-toolchains-plugin's select-jdk-toolchain goal "
                + "with <version>[" + REQUIRED_FEATURE + ",)</version> to the build (see the Ashlar README), or give "
                + "-Dashlar.java=/path/to/jdk/bin/java"));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}

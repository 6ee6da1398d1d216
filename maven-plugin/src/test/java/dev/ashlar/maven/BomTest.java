package dev.ashlar.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM lists every published module of the build, at the project's version, and nothing else. */
class BomTest {
    private static final Path ROOT = Path.of("..");
    /** Modules that are not published: benchmarks, the TCK's cross-dialect build check, the examples, the BOM. */
    private static final Set<String> NOT_PUBLISHED = Set.of("bench", "tck-report", "bom");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>(ashlar-[^<]+)</artifactId>");

    @Test
    void listsEveryPublishedModule() throws IOException {
        List<String> published = new ArrayList<>();
        Matcher modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (modules.find()) {
            String module = modules.group(1);
            if (!NOT_PUBLISHED.contains(module) && !module.startsWith("examples/")) {
                published.add(ownArtifactId(ROOT.resolve(module).resolve("pom.xml")));
            }
        }
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        List<String> managed = new ArrayList<>();
        Matcher ids = ARTIFACT_ID.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
        while (ids.find()) {
            managed.add(ids.group(1));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
        assertThat(bom).doesNotContain("<parent>");
    }

    /** The module's own artifactId: the first ashlar-* one after its parent block. */
    private static String ownArtifactId(Path pom) throws IOException {
        String text = Files.readString(pom);
        int afterParent = text.contains("</parent>") ? text.indexOf("</parent>") : 0;
        Matcher id = ARTIFACT_ID.matcher(text.substring(afterParent));
        assertThat(id.find()).as("artifactId of %s", pom).isTrue();
        return id.group(1);
    }
}

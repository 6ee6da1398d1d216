package dev.ashlar.migration.internal;

import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repos migration commands can address: those the domain uses, in first-use order, then the <em>retired</em>
 * ones, sorted: repos no resource names any more whose migrations folder ({@code <root>/<repo>/migration} or
 * {@code snapshots}) still exists. A retired repo keeps its tables and history until they are dropped, so it stays
 * addressable (its data layer comes from its config: {@code data-layer:} or the URL).
 *
 * @param domainName the domain's name, for messages
 * @param used       the repos the domain uses
 * @param retired    repos with migrations under the root that the domain no longer uses
 */
public record MigrationRepos(String domainName, Set<String> used, Set<String> retired) {

    public MigrationRepos {
        used = Collections.unmodifiableSet(new LinkedHashSet<>(used));
        retired = Collections.unmodifiableSet(new LinkedHashSet<>(retired));
    }

    /** The repos of {@code domain}, and those with a migrations folder under {@code root} it no longer uses. */
    public static MigrationRepos of(Domain domain, Path root) {
        Set<String> used = domain.repos();
        Set<String> retired = new LinkedHashSet<>();
        for (String repo : foldersUnder(root)) {
            if (!used.contains(repo)) {
                retired.add(repo);
            }
        }
        return new MigrationRepos(domain.name(), used, retired);
    }

    /** Used repos first, then retired ones. */
    public List<String> all() {
        List<String> out = new ArrayList<>(used);
        out.addAll(retired);
        return out;
    }

    public boolean isRetired(String repo) {
        return retired.contains(repo);
    }

    public boolean contains(String repo) {
        return used.contains(repo) || retired.contains(repo);
    }

    /** {@code requested} in this order ({@link #all()}), or all when none is requested; an unknown repo is an error. */
    public List<String> select(Collection<String> requested) {
        for (String repo : requested) {
            require(repo);
        }
        return all().stream().filter(r -> requested.isEmpty() || requested.contains(r)).toList();
    }

    /** Throws when the repo is neither used by the domain nor has migrations under the root. */
    public void require(String repo) {
        if (!contains(repo)) {
            throw new ConfigurationException("repo " + repo + " is not used by domain " + domainName
                    + "; its repos are " + all() + " (a repo it no longer uses stays addressable while its "
                    + "migrations folder exists, and " + repo + " has none)");
        }
    }

    private static List<String> foldersUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isDirectory(dir.resolve("migration"))
                            || Files.isDirectory(dir.resolve("snapshots")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

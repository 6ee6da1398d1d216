package dev.ashlar.tck;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.spi.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a conformance test receives as a parameter: fresh databases with the tables of a domain. Everything it opens
 * is closed, and every database it made is disposed, after the test method.
 */
public final class TckContext implements AutoCloseable {
    private final TckRun run;
    private final List<Ashlar> opened = new ArrayList<>();
    private final List<RepoConfig> repos = new ArrayList<>();

    TckContext(TckRun run) {
        this.run = run;
    }

    /**
     * Opens {@code domain} on fresh databases, one per repo it uses, with the tables of each repo created. Each
     * call gets new databases.
     */
    public Ashlar open(Domain domain) {
        return open(domain, UnaryOperator.identity());
    }

    /** As {@link #open(Domain)}, each fresh repo's config first passed through {@code configure}. */
    public Ashlar open(Domain domain, UnaryOperator<RepoConfig> configure) {
        Ashlar.Builder builder = Ashlar.builder().domain(domain);
        for (String repo : domain.repos()) {
            builder.repo(configure.apply(freshRepo(repo)));
        }
        Ashlar ashlar = builder.build();
        opened.add(ashlar);
        SchemaBuilder schema = new SchemaBuilder(domain.resources());
        for (String repo : domain.repos()) {
            ashlar.dataLayer(repo).schema().create(schema.tables(repo));
        }
        return ashlar;
    }

    /** A new empty database configured as {@code repoName}, disposed after the test. */
    public synchronized RepoConfig freshRepo(String repoName) {
        RepoConfig repo = run.target().freshRepo(repoName);
        repos.add(repo);
        return repo;
    }

    /** The dialect under test, e.g. {@code sqlite}. */
    public String dialect() {
        return run.dialect();
    }

    /** The data layer's capabilities. */
    public Set<Capability> capabilities() {
        return run.capabilities();
    }

    public boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    /** Closes every opened instance, then disposes every database made; the first problem is thrown at the end. */
    @Override
    public synchronized void close() {
        RuntimeException problem = null;
        for (int i = opened.size() - 1; i >= 0; i--) {
            problem = attempt(problem, opened.get(i)::close);
        }
        opened.clear();
        for (RepoConfig repo : repos) {
            problem = attempt(problem, () -> run.target().dispose(repo));
        }
        repos.clear();
        if (problem != null) {
            throw problem;
        }
    }

    private static RuntimeException attempt(RuntimeException problem, Runnable step) {
        try {
            step.run();
            return problem;
        } catch (RuntimeException e) {
            if (problem == null) {
                return e;
            }
            problem.addSuppressed(e);
            return problem;
        }
    }
}

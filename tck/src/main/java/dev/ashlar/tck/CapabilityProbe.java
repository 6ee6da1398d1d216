package dev.ashlar.tck;

import dev.ashlar.ProviderSelector;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.DataLayer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Reads a target's capabilities by opening its data layer once on a fresh, empty repo. */
final class CapabilityProbe {
    private CapabilityProbe() {
    }

    static Set<Capability> probe(TckTarget target) {
        RepoConfig repo = target.freshRepo(PROBE_REPO);
        try (DataLayer layer = ProviderSelector.discover().select(repo, repo.dataLayer()).open(repo)) {
            Set<Capability> found = EnumSet.noneOf(Capability.class);
            found.addAll(layer.capabilities());
            return Collections.unmodifiableSet(found);
        } finally {
            target.dispose(repo);
        }
    }

    private static final String PROBE_REPO = dev.ashlar.resource.Resource.DEFAULT_REPO;
}

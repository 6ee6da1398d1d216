package dev.ashlar;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.Resource;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.DataLayer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens one data layer per repo the domain uses, and closes them all together. */
final class DataLayerRegistry implements AutoCloseable {
    private final Map<String, DataLayer> byRepo = new LinkedHashMap<>();

    DataLayerRegistry(Domain domain, AshlarConfig config, ProviderSelector selector) {
        try {
            for (String repo : domain.repos()) {
                RepoConfig repoConfig = config.repo(repo).orElseThrow(() -> new ConfigurationException(
                        "resources " + domain.resourcesIn(repo).stream().map(Resource::name).toList()
                                + " use repo '" + repo + "', which is not configured; configured: "
                                + config.repos().keySet()));
                DataLayer layer = selector.selectFor(domain, repoConfig).open(repoConfig);
                byRepo.put(repo, layer);
                checkCapabilities(domain.resourcesIn(repo), layer);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    DataLayer forRepo(String repo) {
        DataLayer layer = byRepo.get(repo);
        if (layer == null) {
            throw new ConfigurationException("repo " + repo + " is not open; open repos: " + byRepo.keySet());
        }
        return layer;
    }

    Map<String, DataLayer> all() {
        return java.util.Collections.unmodifiableMap(byRepo);
    }

    private static void checkCapabilities(List<Resource> resources, DataLayer layer) {
        for (Resource r : resources) {
            for (Identity i : r.identities()) {
                if (!i.nilsDistinct()) {
                    layer.require(Capability.NULLS_NOT_DISTINCT);
                }
            }
        }
    }

    @Override
    public void close() {
        for (DataLayer layer : byRepo.values()) {
            layer.close();
        }
        byRepo.clear();
    }
}

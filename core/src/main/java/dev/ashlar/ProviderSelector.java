package dev.ashlar;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.spi.DataLayerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Picks exactly one data-layer provider for a repo: the explicitly named one, else the single provider that
 * accepts the URL. None, or more than one, is an error listing the available ids.
 */
public final class ProviderSelector {
    private final List<DataLayerProvider> providers;

    public ProviderSelector(List<DataLayerProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers registered with {@link ServiceLoader} on the class path. */
    public static ProviderSelector discover() {
        List<DataLayerProvider> found = new ArrayList<>();
        ServiceLoader.load(DataLayerProvider.class).forEach(found::add);
        return new ProviderSelector(found);
    }

    public List<String> ids() {
        return providers.stream().map(DataLayerProvider::id).toList();
    }

    /**
     * The provider for a repo of a domain: the one the repo config names, else the one its resources name (they
     * must agree, with each other and with the config), else the one that accepts the URL.
     */
    public DataLayerProvider selectFor(Domain domain, RepoConfig repo) {
        List<String> named = domain.resourcesIn(repo.name()).stream().map(Resource::dataLayer)
                .filter(Objects::nonNull).distinct().toList();
        if (named.size() > 1) {
            throw new DeclarationException("resources in repo " + repo.name() + " name different data layers "
                    + named + "; one repo has one data layer");
        }
        if (repo.dataLayer() != null && !named.isEmpty() && !named.get(0).equals(repo.dataLayer())) {
            throw new DeclarationException("resources in repo " + repo.name() + " name data layer " + named.get(0)
                    + " but the repo is configured with " + repo.dataLayer());
        }
        return select(repo, repo.dataLayer() != null ? repo.dataLayer() : named.isEmpty() ? null : named.get(0));
    }

    /**
     * @param explicitId a provider id named by the repo or its resources, or {@code null}
     */
    public DataLayerProvider select(RepoConfig repo, String explicitId) {
        if (explicitId != null) {
            return providers.stream().filter(p -> p.id().equals(explicitId)).findFirst()
                    .orElseThrow(() -> new ConfigurationException("repo " + repo.name() + " asks for data layer '"
                            + explicitId + "', which is not on the class path; available: " + ids()));
        }
        List<DataLayerProvider> accepting = providers.stream().filter(p -> p.accepts(repo)).toList();
        if (accepting.isEmpty()) {
            throw new ConfigurationException("no data layer accepts repo " + repo.name() + " (" + repo.redactedUrl()
                    + "); available: " + ids() + ". Check the URL or add the dialect module to the class path.");
        }
        if (accepting.size() > 1) {
            throw new ConfigurationException("several data layers accept repo " + repo.name() + " ("
                    + repo.redactedUrl() + "): " + accepting.stream().map(DataLayerProvider::id).toList()
                    + "; name one with data-layer in the repo config");
        }
        return accepting.get(0);
    }
}

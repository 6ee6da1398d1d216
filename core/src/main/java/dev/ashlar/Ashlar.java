package dev.ashlar;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A running domain: actions and reads against the data layers of its repos, whose connection pools it owns.
 * <pre>{@code
 * try (Ashlar ashlar = Ashlar.builder().domain(SHOP).repo(RepoConfig.of("main", "jdbc:sqlite:shop.db")).build()) {
 *     Row p = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", new BigDecimal("4.50")));
 *     List<Row> cheap = ashlar.read(Query.of(PRODUCT).where(Filter.where("price").lt(5)));
 *     ashlar.as(currentUser).create(ORDER, Map.of("product_id", p.getUuid("id")));  // a view: nothing to close
 * }
 * }</pre>
 * Thread-safe. Closing it closes every repo's pool; the views from {@link #as(Object)} cannot be closed.
 */
public final class Ashlar extends AshlarView implements AutoCloseable {

    private Ashlar(Domain domain, DataLayerRegistry dataLayers, Map<String, ResourceRuntime> runtimes) {
        super(domain, dataLayers, runtimes, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Closes every repo's connection pool. */
    @Override
    public void close() {
        dataLayers().close();
    }

    /** Builds an {@link Ashlar}: a domain, its repos, and (optionally) the providers to choose from. */
    public static final class Builder {
        private Domain domain;
        private final Map<String, RepoConfig> repos = new LinkedHashMap<>();
        private ProviderSelector selector;

        public Builder domain(Domain value) {
            this.domain = value;
            return this;
        }

        public Builder repo(RepoConfig config) {
            repos.put(config.name(), config);
            return this;
        }

        public Builder config(AshlarConfig config) {
            repos.putAll(config.repos());
            return this;
        }

        /** Uses these providers instead of the ones found by {@link java.util.ServiceLoader}. */
        public Builder providers(List<dev.ashlar.spi.DataLayerProvider> providers) {
            this.selector = new ProviderSelector(providers);
            return this;
        }

        /** Opens a data layer per repo the domain uses; fails fast on missing or ambiguous configuration. */
        public Ashlar build() {
            Objects.requireNonNull(domain, "domain");
            DataLayerRegistry registry = new DataLayerRegistry(domain, new AshlarConfig(repos),
                    selector != null ? selector : ProviderSelector.discover());
            Map<String, ResourceRuntime> runtimes = new HashMap<>();
            for (Resource r : domain.resources()) {
                runtimes.put(r.name(), ResourceRuntime.of(r, r.hasTable() ? registry.forRepo(r.repo()) : null));
            }
            return new Ashlar(domain, registry, Map.copyOf(runtimes));
        }
    }

    @Override
    public String toString() {
        List<String> repos = new ArrayList<>(dataLayers().all().keySet());
        return "Ashlar[domain=" + domain().name() + ", repos=" + repos + "]";
    }
}

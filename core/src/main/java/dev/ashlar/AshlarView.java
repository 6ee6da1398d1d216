package dev.ashlar;

import org.jspecify.annotations.Nullable;
import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.BulkOptions;
import dev.ashlar.action.BulkResult;
import dev.ashlar.domain.CodeInterface;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.spi.DataLayer;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Actions and reads of a running domain, on behalf of an actor (or none). {@link Ashlar} is the instance that owns
 * the repos' connection pools; {@link #as(Object)} gives a view of it that acts for someone else. A view owns nothing
 * and is not {@link AutoCloseable}, so {@code try (var a = ashlar.as(user))} does not compile instead of shutting the
 * application down: close the {@link Ashlar} itself. Thread-safe.
 */
public sealed class AshlarView permits Ashlar {
    private final Domain domain;
    private final DataLayerRegistry dataLayers;
    private final Map<String, ResourceRuntime> runtimes;
    private final @Nullable Object actor;
    private final Map<String, Object> context;
    private final ActionRunner actions;
    private final BulkCreator bulk;
    private final ReadRunner reads;

    AshlarView(Domain domain, DataLayerRegistry dataLayers, Map<String, ResourceRuntime> runtimes,
               @Nullable Object actor) {
        this(domain, dataLayers, runtimes, actor, Map.of());
    }

    private AshlarView(Domain domain, DataLayerRegistry dataLayers, Map<String, ResourceRuntime> runtimes,
                       @Nullable Object actor, Map<String, Object> context) {
        this.domain = domain;
        this.dataLayers = dataLayers;
        this.runtimes = runtimes;
        this.actor = actor;
        this.context = context;
        this.actions = new ActionRunner(this);
        this.bulk = new BulkCreator(this);
        this.reads = new ReadRunner(this);
    }

    public Domain domain() {
        return domain;
    }

    /**
     * A view whose actions run on behalf of {@code who} (a user row, an id...). It shares this instance's data
     * layers and owns none of them: it cannot be closed.
     */
    public AshlarView as(Object who) {
        return new AshlarView(domain, dataLayers, runtimes, who, context);
    }

    /** The actor of this view, or {@code null}. */
    public @Nullable Object actor() {
        return actor;
    }

    /**
     * A view whose actions see {@code values} as their context ({@link dev.ashlar.action.Changeset#context()},
     * {@link dev.ashlar.action.ActionInput#context()}): request ids, a tenant hint, a "seeding" flag. Like
     * {@link #as(Object)} it replaces what this view had (keep the actor: {@code ashlar.as(user).withContext(...)}
     * and the reverse both work) and owns nothing. Values may be {@code null}; keys may not.
     */
    public AshlarView withContext(Map<String, ?> values) {
        return new AshlarView(domain, dataLayers, runtimes, actor, InputMaps.contextOf(values));
    }

    /** The context of this view's actions; empty unless set by {@link #withContext(Map)}. Unmodifiable. */
    public Map<String, Object> context() {
        return context;
    }

    // ---- create ---------------------------------------------------------------------------------------------

    /** Runs the resource's primary create action. */
    public Row create(Resource resource, Map<String, ?> input) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.create(rt, rt.primaryAction(ActionType.CREATE), input, actor);
    }

    public Row create(Resource resource, String action, Map<String, ?> input) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.create(rt, rt.action(action, ActionType.CREATE), input, actor);
    }

    /** Bulk create through the primary create action, atomically, in batches of up to 1,000 rows. */
    public BulkResult bulkCreate(Resource resource, List<? extends Map<String, ?>> inputs) {
        ResourceRuntime rt = runtime(resource.name());
        return bulk.create(rt, rt.primaryAction(ActionType.CREATE), inputs, actor, BulkOptions.atomicBatches());
    }

    public BulkResult bulkCreate(Resource resource, String action, List<? extends Map<String, ?>> inputs,
                                 BulkOptions options) {
        ResourceRuntime rt = runtime(resource.name());
        return bulk.create(rt, rt.action(action, ActionType.CREATE), inputs, actor, options);
    }

    // ---- update / destroy -----------------------------------------------------------------------------------

    /**
     * Runs the primary update action on {@code target}: a {@link Row}, a primary-key value, or a map of the key
     * attributes.
     */
    public Row update(Resource resource, Object target, Map<String, ?> input) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.update(rt, rt.primaryAction(ActionType.UPDATE), target, input, actor);
    }

    public Row update(Resource resource, String action, Object target, Map<String, ?> input) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.update(rt, rt.action(action, ActionType.UPDATE), target, input, actor);
    }

    /** Runs the primary destroy action and returns the row as it was. */
    public Row destroy(Resource resource, Object target) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.destroy(rt, rt.primaryAction(ActionType.DESTROY), target, Map.of(), actor);
    }

    public Row destroy(Resource resource, String action, Object target, Map<String, ?> arguments) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.destroy(rt, rt.action(action, ActionType.DESTROY), target, arguments, actor);
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** Rows matching the query, through the resource's primary read action. */
    public List<Row> read(Query query) {
        ResourceRuntime rt = runtime(query.resource());
        return reads.read(rt, rt.primaryAction(ActionType.READ), Map.of(), query);
    }

    /** Rows from a named read action (its base filter built from {@code arguments}), refined by {@code query}. */
    public List<Row> read(String action, Map<String, ?> arguments, Query query) {
        ResourceRuntime rt = runtime(query.resource());
        return reads.read(rt, rt.action(action, ActionType.READ), arguments, query);
    }

    /** The row with this primary key (a value, or a map for composite keys), or {@link NotFoundException}. */
    public Row get(Resource resource, Object primaryKey) {
        ResourceRuntime rt = runtime(resource.name());
        Map<String, Object> key = rt.key(primaryKey, "get");
        return reads.byKey(rt, key).orElseThrow(() -> rt.notFound(key));
    }

    /** The row whose identity keys have these values, or {@link NotFoundException}. */
    public Row getBy(Resource resource, String identity, Map<String, ?> values) {
        return reads.byIdentity(runtime(resource.name()), identity, values);
    }

    // ---- generic actions and code interfaces ----------------------------------------------------------------

    /** Runs a generic action and returns its value. */
    public Object run(Resource resource, String action, Map<String, ?> arguments) {
        ResourceRuntime rt = runtime(resource.name());
        return actions.generic(rt, rt.action(action, ActionType.GENERIC), arguments, actor);
    }

    /**
     * Calls a domain code interface by name. Create, read and generic actions take {@code input}; for update and
     * destroy use {@link #call(String, Object, Map)}. A read interface returns a {@code List<Row>}, or, declared
     * with {@code c -> c.getBy(...)}, the one {@link Row} whose fields have the values in {@code input} (or
     * {@link dev.ashlar.error.NotFoundException}).
     */
    public Object call(String codeInterface, Map<String, ?> input) {
        return call(codeInterface, null, input);
    }

    public Object call(String codeInterface, Object target, Map<String, ?> input) {
        CodeInterface ci = domain.codeInterfaces().get(codeInterface);
        if (ci == null) {
            throw new DeclarationException("domain " + domain.name() + " has no code interface " + codeInterface
                    + "; it has " + domain.codeInterfaces().keySet());
        }
        Resource resource = domain.require(ci.resource());
        ActionDefinition def = resource.action(ci.action()).orElseThrow();
        if (ci.returnsOne()) {
            ResourceRuntime rt = runtime(resource.name());
            return reads.one(rt, rt.action(def.name(), ActionType.READ), ci.getBy(), input);
        }
        return switch (def.type()) {
            case CREATE -> create(resource, def.name(), input);
            case READ -> read(def.name(), input, Query.of(resource));
            case UPDATE -> update(resource, def.name(), target, input);
            case DESTROY -> destroy(resource, def.name(), target, input);
            case GENERIC -> run(resource, def.name(), input);
        };
    }

    // ---- repos ----------------------------------------------------------------------------------------------

    /** The data layer serving {@code repo}. */
    public DataLayer dataLayer(String repo) {
        return dataLayers.forRepo(repo);
    }

    /** Runs {@code work} in one transaction of {@code repo}; actions inside it join that transaction. */
    public <T> T transaction(String repo, Supplier<T> work) {
        return dataLayers.forRepo(repo).transactions().inTransaction(work);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    ReadRunner reads() {
        return reads;
    }

    DataLayerRegistry dataLayers() {
        return dataLayers;
    }

    ResourceRuntime runtime(String resourceName) {
        ResourceRuntime rt = runtimes.get(resourceName);
        if (rt == null) {
            throw new DeclarationException("resource " + resourceName + " is not in domain " + domain.name()
                    + "; it has " + runtimes.keySet());
        }
        return rt;
    }

    @Override
    public String toString() {
        return "AshlarView[domain=" + domain.name() + ", actor=" + actor + ", context=" + context.keySet() + "]";
    }
}

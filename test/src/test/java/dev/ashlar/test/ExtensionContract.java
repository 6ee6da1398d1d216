package dev.ashlar.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.Query;
import dev.ashlar.row.Row;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What {@link AshlarExtension} promises, whatever the dialect: migrated databases for every repo, an injected
 * {@link Ashlar}, and every test starting from empty tables. Each subclass registers the extension for one dialect.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ExtensionContract {
    private Ashlar fromBeforeEach;

    abstract TestDialect expectedDialect();

    @BeforeEach
    void injectedIntoBeforeEachToo(Ashlar ashlar) {
        fromBeforeEach = ashlar;
    }

    @Test
    @Order(1)
    void everyRepoIsMigratedAndAshlarIsInjected(Ashlar ashlar, AshlarConfig config) {
        assertThat(ashlar).isSameAs(fromBeforeEach);
        assertThat(config.repos().keySet()).containsExactly("main", "audit");
        assertThat(ashlar.dataLayer("main").dialect()).isEqualTo(expectedDialect().name().toLowerCase());

        ashlar.create(Notebook.NOTE, Map.of("title", "first"));
        Row event = ashlar.create(Notebook.EVENT, Map.of("kind", "wrote"));
        assertThat(event.getLong("id")).isEqualTo(1L);
        assertThat(ashlar.read(Query.of(Notebook.NOTE))).extracting(r -> r.getString("title")).containsExactly("first");
    }

    @Test
    @Order(2)
    void theNextTestStartsFromEmptyTablesAndRestartedIds(Ashlar ashlar) {
        assertThat(ashlar.read(Query.of(Notebook.NOTE))).isEmpty();
        assertThat(ashlar.read(Query.of(Notebook.EVENT))).isEmpty();
        ashlar.create(Notebook.NOTE, Map.of("title", "first"));
        assertThat(ashlar.create(Notebook.EVENT, Map.of("kind", "again")).getLong("id")).isEqualTo(1L);
    }

    @Test
    @Order(3)
    void aTestCanExpectAnErrorAndCarryOn(Ashlar ashlar) {
        ashlar.create(Notebook.NOTE, Map.of("title", "same"));
        assertThatThrownBy(() -> ashlar.create(Notebook.NOTE, Map.of("title", "same")))
                .isInstanceOf(UniqueViolationException.class);
        ashlar.create(Notebook.NOTE, Map.of("title", "other"));
        assertThat(ashlar.read(Query.of(Notebook.NOTE))).hasSize(2);
    }

    @Test
    @Order(4)
    void writesCommittedInsideATransactionAreGoneForTheNextTestToo(Ashlar ashlar) {
        ashlar.transaction("main", () -> ashlar.create(Notebook.NOTE, Map.of("title", "in a transaction")));
        assertThat(ashlar.read(Query.of(Notebook.NOTE))).hasSize(1);
    }

    @Test
    @Order(5)
    void andAfterItNothingIsLeft(Ashlar ashlar) {
        assertThat(ashlar.read(Query.of(Notebook.NOTE))).isEmpty();
    }
}

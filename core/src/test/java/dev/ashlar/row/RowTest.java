package dev.ashlar.row;

import dev.ashlar.internal.row.RowValues;

import dev.ashlar.internal.row.RowLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowTest {
    enum Status { NEW, DONE }

    record Account(String email, Long loginCount, BigDecimal balance, Status status, int age) {}

    private static Row row() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", "a@b.c");
        values.put("login_count", 3L);
        values.put("balance", new BigDecimal("1.50"));
        values.put("status", "DONE");
        values.put("age", 41L);
        values.put("hashed_password", "pbkdf2$...");
        return new Row("Account", values, Set.of("hashed_password"));
    }

    /** The same row as a data layer returns it: array-backed values over a shared layout. */
    private static Row arrayRow() {
        Map<String, Object> values = row().values();
        return new Row("Account", RowValues.wrap(RowLayout.of(List.copyOf(values.keySet())),
                values.values().toArray()), Set.of("hashed_password"));
    }

    @Test
    void mapsOntoARecordBySnakeOrCamelCaseNames() {
        Account expected = new Account("a@b.c", 3L, new BigDecimal("1.50"), Status.DONE, 41);
        assertThat(row().as(Account.class)).isEqualTo(expected);
        assertThat(arrayRow().as(Account.class)).isEqualTo(expected);
        assertThat(arrayRow().as(Account.class)).isEqualTo(expected);
    }

    @Test
    void arrayBackedRowsBehaveLikeMapBackedOnes() {
        Row array = arrayRow();

        assertThat(array).isEqualTo(row());
        assertThat(array.values()).isEqualTo(row().values());
        assertThat(array.values().keySet()).containsExactlyElementsOf(row().values().keySet());
        assertThat(array.getLong("login_count")).isEqualTo(3L);
        assertThat(array.toString()).isEqualTo(row().toString());
        assertThatThrownBy(() -> array.get("nope")).hasMessageContaining("Account has no attribute nope");
        assertThatThrownBy(() -> array.as(Wrong.class)).hasMessageContaining("Wrong.login_count is String");
        assertThatThrownBy(() -> array.values().put("email", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    record Other(String email, String nickname) {}

    @Test
    void aMissingAttributeNamesBothSpellings() {
        assertThatThrownBy(() -> arrayRow().as(Other.class))
                .hasMessageContaining("no attribute nickname or nickname");
        assertThatThrownBy(() -> row().as(Other.class))
                .hasMessageContaining("no attribute nickname or nickname");
    }

    @Test
    void sensitiveValuesAreRedactedInToString() {
        assertThat(row().toString()).contains("hashed_password=**redacted**").doesNotContain("pbkdf2");
    }

    @Test
    void unknownAttributesAndUnloadedRelationshipsAreClearErrors() {
        assertThatThrownBy(() -> row().get("nope")).hasMessageContaining("Account has no attribute nope");
        assertThatThrownBy(() -> row().related("orders")).hasMessageContaining(".load(\"orders\")");
    }

    record Wrong(String email, String loginCount) {}

    @Test
    void aTypeMismatchNamesTheComponent() {
        assertThatThrownBy(() -> row().as(Wrong.class)).hasMessageContaining("Wrong.login_count is String");
    }
}

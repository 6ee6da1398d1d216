package dev.ashlar.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

    @Test
    void mapsOntoARecordBySnakeOrCamelCaseNames() {
        assertThat(row().as(Account.class)).isEqualTo(new Account("a@b.c", 3L, new BigDecimal("1.50"), Status.DONE, 41));
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

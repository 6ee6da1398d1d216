package dev.ashlar.internal.row;



import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowValuesTest {
    private static final RowLayout LAYOUT = RowLayout.of(List.of("id", "name", "note"));

    @Test
    void isAnOrderedMapThatAllowsNulls() {
        RowValues values = RowValues.wrap(LAYOUT, new Object[] {7L, "Tea", null});

        assertThat(values).containsExactly(Map.entry("id", 7L), Map.entry("name", "Tea"),
                new java.util.AbstractMap.SimpleEntry<>("note", null));
        assertThat(values.get("name")).isEqualTo("Tea");
        assertThat(values.containsKey("note")).isTrue();
        assertThat(values.get("note")).isNull();
        assertThat(values.containsKey("price")).isFalse();
        assertThat(values.get("price")).isNull();
        Map<String, Object> same = new HashMap<>();
        same.put("id", 7L);
        same.put("name", "Tea");
        same.put("note", null);
        assertThat(values).isEqualTo(same);
        assertThat(values.hashCode()).isEqualTo(same.hashCode());
        List<String> visited = new ArrayList<>();
        values.forEach((k, v) -> visited.add(k + "=" + v));
        assertThat(visited).containsExactly("id=7", "name=Tea", "note=null");
    }

    @Test
    void cannotBeChanged() {
        RowValues values = RowValues.wrap(LAYOUT, new Object[] {7L, "Tea", null});

        assertThatThrownBy(() -> values.put("name", "Coffee")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.remove("name")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void layoutsRejectDuplicatesAndValuesMustFitTheirLayout() {
        assertThatThrownBy(() -> RowLayout.of(List.of("id", "id"))).hasMessageContaining("duplicate attribute id");
        assertThatThrownBy(() -> RowValues.wrap(LAYOUT, new Object[] {1L}))
                .hasMessageContaining("1 values for RowLayout[id, name, note]");
        assertThat(LAYOUT.sameAs(RowLayout.of(List.of("id", "name", "note")))).isTrue();
        assertThat(LAYOUT.sameAs(RowLayout.of(List.of("id", "note", "name")))).isFalse();
        assertThat(LAYOUT.indexOf("note")).isEqualTo(2);
        assertThat(LAYOUT.indexOf("price")).isEqualTo(-1);
    }
}

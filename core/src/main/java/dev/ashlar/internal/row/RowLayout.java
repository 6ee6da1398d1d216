package dev.ashlar.internal.row;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute names of a row shape, in order, with their positions: computed once per resource (or per column
 * set) and shared by every {@link RowValues} of that shape, so a row holds only its values.
 */
public final class RowLayout {
    private final List<String> names;
    private final Map<String, Integer> positions;

    private RowLayout(List<String> names) {
        this.names = List.copyOf(names);
        Map<String, Integer> byName = new HashMap<>(names.size() * 2);
        for (int i = 0; i < this.names.size(); i++) {
            if (byName.put(this.names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate attribute " + this.names.get(i) + " in " + names);
            }
        }
        this.positions = Map.copyOf(byName);
    }

    /** A layout of these distinct names, in this order. */
    public static RowLayout of(List<String> names) {
        return new RowLayout(names);
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The position of {@code name}, or -1 when the layout has no such attribute. */
    public int indexOf(Object name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    /** Same names in the same order (true at once for the same instance). */
    public boolean sameAs(RowLayout other) {
        return this == other || names.equals(other.names);
    }

    @Override
    public String toString() {
        return "RowLayout" + names;
    }
}

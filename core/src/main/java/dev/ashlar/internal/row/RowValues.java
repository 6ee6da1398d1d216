package dev.ashlar.internal.row;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map of attribute values backed by an array and a shared {@link RowLayout}: what data layers return
 * and {@link Row} keeps without copying. Iterates in layout order; values may be {@code null}.
 */
public final class RowValues extends AbstractMap<String, Object> {
    private final RowLayout layout;
    private final Object[] values;

    private RowValues(RowLayout layout, Object[] values) {
        if (values.length != layout.size()) {
            throw new IllegalArgumentException(values.length + " values for " + layout);
        }
        this.layout = layout;
        this.values = values;
    }

    /**
     * Values in layout order. The array is taken over, not copied: the caller hands it on and must not change it
     * afterwards (this is what lets a data layer build a row with one allocation).
     */
    public static RowValues wrap(RowLayout layout, Object[] values) {
        return new RowValues(Objects.requireNonNull(layout, "layout"), Objects.requireNonNull(values, "values"));
    }

    public RowLayout layout() {
        return layout;
    }

    /** The value at a position of the layout. */
    public Object valueAt(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int index = layout.indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(layout.names().get(i), values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(layout.names().get(i), values[i]);
                    }
                };
            }
        };
    }
}

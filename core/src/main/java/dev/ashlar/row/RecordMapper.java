package dev.ashlar.row;

import dev.ashlar.internal.row.RowValues;

import dev.ashlar.internal.row.RowLayout;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Maps rows onto a record type. The constructor and component-to-attribute names are looked up once per record
 * class (cached in a {@link ClassValue}), so mapping a row costs one constructor call.
 */
final class RecordMapper<R extends Record> {
    private static final ClassValue<RecordMapper<?>> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordMapper<?> computeValue(Class<?> type) {
            return new RecordMapper(type);
        }
    };

    private final Class<R> type;
    private final Constructor<R> constructor;
    private final String[] camelNames;
    private final String[] snakeNames;
    private final Class<?>[] componentTypes;
    /** The component positions in the layout last mapped from (rows of one resource share a layout). */
    private volatile Positions lastPositions;

    private record Positions(RowLayout layout, int[] ofComponent) {}

    private RecordMapper(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.camelNames = new String[components.length];
        this.snakeNames = new String[components.length];
        this.componentTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            camelNames[i] = components[i].getName();
            snakeNames[i] = toSnakeCase(camelNames[i]);
            componentTypes[i] = components[i].getType();
        }
        try {
            this.constructor = type.getDeclaredConstructor(componentTypes);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no canonical constructor on " + type.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> RecordMapper<R> of(Class<R> type) {
        return (RecordMapper<R>) CACHE.get(type);
    }

    R map(Row row) {
        Object[] args = new Object[camelNames.length];
        if (row.values() instanceof RowValues array) {
            int[] positions = positions(array.layout(), row.resource());
            for (int i = 0; i < args.length; i++) {
                args[i] = convert(array.valueAt(positions[i]), componentTypes[i], array.layout().names().get(positions[i]));
            }
        } else {
            for (int i = 0; i < args.length; i++) {
                String name = attributeOf(i, row.values().keySet()::contains, row.resource());
                args[i] = convert(row.get(name), componentTypes[i], name);
            }
        }
        return construct(args);
    }

    /** Where each component's attribute sits in {@code layout}, resolved once per layout. */
    private int[] positions(RowLayout layout, String resource) {
        Positions last = lastPositions;
        if (last != null && last.layout() == layout) {
            return last.ofComponent();
        }
        int[] positions = new int[camelNames.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = layout.indexOf(attributeOf(i, name -> layout.indexOf(name) >= 0, resource));
        }
        lastPositions = new Positions(layout, positions);
        return positions;
    }

    /** The attribute a component reads: its camelCase name, else its snake_case name. */
    private String attributeOf(int component, java.util.function.Predicate<String> exists, String resource) {
        if (exists.test(camelNames[component])) {
            return camelNames[component];
        }
        if (exists.test(snakeNames[component])) {
            return snakeNames[component];
        }
        throw new IllegalArgumentException("cannot map " + resource + " onto " + type.getSimpleName()
                + ": no attribute " + camelNames[component] + " or " + snakeNames[component]);
    }

    private R construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot construct " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object convert(Object value, Class<?> target, String name) {
        if (value == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + name + " is primitive but the value is nil");
            }
            return null;
        }
        if (target.isEnum() && value instanceof String s) {
            return Enum.valueOf((Class<Enum>) target, s);
        }
        if ((target == int.class || target == Integer.class) && value instanceof Long l) {
            return Math.toIntExact(l);
        }
        if (target == long.class && value instanceof Long) {
            return value;
        }
        if (target == boolean.class && value instanceof Boolean) {
            return value;
        }
        if (!target.isInstance(value)) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + name + " is " + target.getSimpleName()
                    + " but the attribute holds " + value.getClass().getSimpleName());
        }
        return value;
    }

    private static String toSnakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

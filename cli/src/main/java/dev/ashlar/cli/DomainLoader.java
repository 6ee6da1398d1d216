package dev.ashlar.cli;

import dev.ashlar.domain.Domain;
import dev.ashlar.error.AshlarException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds the domain in a user's class, in this order: its only {@code public static Domain} field, a
 * {@code public static Domain domain()} method, or the class itself as a {@code Supplier<Domain>} with a public
 * no-argument constructor.
 */
final class DomainLoader {
    private DomainLoader() {
    }

    static Domain load(String className, ClassLoader loader) {
        Class<?> type = load0(className, loader);
        List<Field> fields = Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Domain.class.isAssignableFrom(f.getType()))
                .toList();
        if (fields.size() == 1) {
            return nonNull(read(fields.get(0)), className + "." + fields.get(0).getName());
        }
        Method method = domainMethod(type);
        if (method != null) {
            return nonNull(invoke(method), className + ".domain()");
        }
        if (Supplier.class.isAssignableFrom(type)) {
            return nonNull(supply(type), className + ".get()");
        }
        if (fields.size() > 1) {
            throw new CliException(className + " has several public static Domain fields "
                    + fields.stream().map(Field::getName).toList() + "; add a public static Domain domain() method "
                    + "that returns the one to use");
        }
        throw new CliException(className + " holds no domain: give it a public static final Domain field, a public "
                + "static Domain domain() method, or make it implement Supplier<Domain>");
    }

    private static Class<?> load0(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new CliException("domain class " + className + " not found; compile your project and pass its "
                    + "classes with --classpath (e.g. --classpath target/classes), or fix --domain / domain:", e);
        } catch (ExceptionInInitializerError e) {
            throw initFailure(className, e.getCause());
        }
    }

    private static Method domainMethod(Class<?> type) {
        try {
            Method m = type.getMethod("domain");
            return Modifier.isStatic(m.getModifiers()) && Domain.class.isAssignableFrom(m.getReturnType()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new CliException("cannot read " + field + ": " + e.getMessage(), e);
        }
    }

    private static Object invoke(Method method) {
        try {
            return method.invoke(null);
        } catch (InvocationTargetException e) {
            throw initFailure(method.getDeclaringClass().getName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new CliException("cannot call " + method + ": " + e.getMessage(), e);
        }
    }

    private static Object supply(Class<?> type) {
        try {
            return ((Supplier<?>) type.getConstructor().newInstance()).get();
        } catch (NoSuchMethodException e) {
            throw new CliException(type.getName() + " implements Supplier but has no public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw initFailure(type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CliException("cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static Domain nonNull(Object value, String where) {
        if (value instanceof Domain domain) {
            return domain;
        }
        throw new CliException(where + " gave " + (value == null ? "null" : value.getClass().getName())
                + ", not a Domain");
    }

    /** Declaration errors are Ashlar's and already name the resource and field: keep them as they are. */
    private static RuntimeException initFailure(String className, Throwable cause) {
        if (cause instanceof AshlarException ashlar) {
            return ashlar;
        }
        return new CliException("domain class " + className + " failed to load: " + ErrorReporter.message(cause),
                cause);
    }
}

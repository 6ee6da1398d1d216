package dev.ashlar.cli;

import dev.ashlar.seed.Seeds;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Instantiates the user's {@link Seeds} class from their class path. */
final class SeedsLoader {
    private SeedsLoader() {
    }

    static Seeds load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new CliException("seeds class " + className + " not found; compile your project and pass its "
                    + "classes with --classpath, or fix --seeds / seeds:", e);
        } catch (ExceptionInInitializerError e) {
            throw new CliException("seeds class " + className + " failed to load: "
                    + ErrorReporter.message(e.getCause()), e.getCause());
        }
        if (!Seeds.class.isAssignableFrom(type)) {
            throw new CliException("seeds class " + className + " does not implement " + Seeds.class.getName());
        }
        try {
            if (!Modifier.isPublic(type.getModifiers())) {
                throw new NoSuchMethodException();
            }
            return (Seeds) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new CliException("seeds class " + className + " needs to be public with a public no-argument "
                    + "constructor");
        } catch (InvocationTargetException e) {
            throw new CliException("seeds class " + className + " failed to start: "
                    + ErrorReporter.message(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CliException("cannot create " + className + ": " + e.getMessage(), e);
        }
    }
}

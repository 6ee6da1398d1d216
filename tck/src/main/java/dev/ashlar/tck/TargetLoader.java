package dev.ashlar.tck;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Instantiates the {@link TckTarget} named by the configuration parameter {@value TckTarget#TARGET_PARAMETER}. */
final class TargetLoader {
    private TargetLoader() {
    }

    static TckTarget load(ExtensionContext context) {
        String className = context.getConfigurationParameter(TckTarget.TARGET_PARAMETER)
                .map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new ExtensionConfigurationException("no TCK target: set the JUnit configuration "
                        + "parameter " + TckTarget.TARGET_PARAMETER + " to a TckTarget class, e.g. with "
                        + "@ConfigurationParameter(key = TckTarget.TARGET_PARAMETER, value = \"...\") on the suite"));
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            if (!TckTarget.class.isAssignableFrom(type)) {
                throw new ExtensionConfigurationException(className + " does not implement " + TckTarget.class.getName());
            }
            return (TckTarget) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ExtensionConfigurationException("TCK target class " + className + " is not on the class path", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new ExtensionConfigurationException("TCK target " + className
                    + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException("TCK target " + className + " failed to construct: "
                    + e.getCause(), e.getCause());
        }
    }
}

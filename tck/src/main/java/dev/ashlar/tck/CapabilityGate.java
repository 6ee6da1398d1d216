package dev.ashlar.tck;

import dev.ashlar.spi.Capability;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@link RequiresCapability} from a test method and its classes. */
final class CapabilityGate {
    private CapabilityGate() {
    }

    /** The capabilities a test needs: its method's, its class's and enclosing classes'. */
    static Set<Capability> required(ExtensionContext context) {
        return required(context.getTestMethod().orElse(null), context.getTestClass().orElse(null));
    }

    /** The capabilities needed by {@code method} (may be null) declared in {@code testClass} (may be null). */
    static Set<Capability> required(Method method, Class<?> testClass) {
        Set<Capability> needed = new LinkedHashSet<>();
        if (method != null) {
            add(needed, method);
        }
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            add(needed, type);
        }
        return needed;
    }

    /** The first needed capability the data layer lacks. */
    static Optional<Capability> firstAbsent(Set<Capability> needed, Set<Capability> present) {
        return needed.stream().filter(c -> !present.contains(c)).findFirst();
    }

    /** The machine-readable skip reason, {@code capability-absent:<CAPABILITY>:<dialect>}. */
    static String reason(Capability absent, String dialect) {
        return Outcome.CAPABILITY_PREFIX + absent.name() + ":" + dialect;
    }

    private static void add(Set<Capability> needed, AnnotatedElement element) {
        AnnotationSupport.findAnnotation(element, RequiresCapability.class)
                .ifPresent(a -> needed.addAll(Arrays.asList(a.value())));
    }
}

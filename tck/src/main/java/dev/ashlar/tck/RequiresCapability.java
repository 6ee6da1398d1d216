package dev.ashlar.tck;

import dev.ashlar.spi.Capability;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test (or every test of the class) needs these optional capabilities. Where the data layer does not declare
 * one of them the test is skipped with the machine-readable reason {@code capability-absent:<CAPABILITY>:<dialect>}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RequiresCapability {
    Capability[] value();
}

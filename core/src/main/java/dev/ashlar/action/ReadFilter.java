package dev.ashlar.action;

import dev.ashlar.query.Filter;
import java.util.Map;

/** The base filter of a custom read action, computed from the action's arguments. */
@FunctionalInterface
public interface ReadFilter {
    Filter build(Map<String, Object> arguments);
}

package dev.ashlar.config.yaml;

import dev.ashlar.error.ConfigurationException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${NAME}} and {@code ${NAME:-fallback}} with environment values; a missing one is an error. */
public final class EnvironmentInterpolator {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Function<String, String> environment;

    EnvironmentInterpolator(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Interpolates from the process environment. */
    public static EnvironmentInterpolator system() {
        return new EnvironmentInterpolator(System::getenv);
    }

    /** Interpolates from the given variables. */
    public static EnvironmentInterpolator of(Map<String, String> variables) {
        return new EnvironmentInterpolator(variables::get);
    }

    /**
     * The text with every variable replaced.
     *
     * @param where names the setting in error messages, e.g. {@code ashlar.yml: migrations}
     */
    public String interpolate(String text, String where) {
        if (text == null) {
            return null;
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = environment.apply(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new ConfigurationException(where + " uses ${" + m.group(1)
                        + "}, which is not set; set the environment variable or write ${" + m.group(1)
                        + ":-default}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

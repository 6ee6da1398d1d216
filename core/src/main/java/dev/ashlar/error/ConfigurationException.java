package dev.ashlar.error;

/** Repository configuration is missing or wrong: no provider for a URL, an ambiguous provider, an unknown repo. */
public final class ConfigurationException extends AshlarException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.ashlar.error;

/** A feature was asked of a data layer that does not declare the capability for it. */
public final class UnsupportedCapabilityException extends AshlarException {
    private final String capability;
    private final String dialect;

    public UnsupportedCapabilityException(String capability, String dialect) {
        super("unsupported capability (" + capability + ") on dialect " + dialect);
        this.capability = capability;
        this.dialect = dialect;
    }

    public String capability() {
        return capability;
    }

    public String dialect() {
        return dialect;
    }
}

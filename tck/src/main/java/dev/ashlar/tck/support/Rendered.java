package dev.ashlar.tck.support;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Everything an exception can print: message, toString and stack trace of it and of every cause. */
public final class Rendered {
    private Rendered() {
    }

    public static String fully(Throwable thrown) {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            writer.println(t.getMessage());
            writer.println(t.getLocalizedMessage());
            writer.println(t);
        }
        thrown.printStackTrace(writer);
        writer.flush();
        return out.toString();
    }
}

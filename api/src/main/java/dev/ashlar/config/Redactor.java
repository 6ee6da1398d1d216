package dev.ashlar.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes credentials from JDBC URLs and free text before they are printed or logged. */
public final class Redactor {
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?#]*:)([^@/]*)(@)");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("((?:password|passwd|pwd|sslpassword)=)([^&;\\s]*)", Pattern.CASE_INSENSITIVE);

    private Redactor() {
    }

    /** The URL with any password (user-info or query parameter) replaced by {@code **redacted**}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String out = USER_INFO.matcher(url).replaceAll("$1" + Matcher.quoteReplacement("**redacted**") + "$3");
        return PASSWORD_PARAM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement("**redacted**"));
    }

    /** Redacts URLs and the given secret wherever they occur in {@code text}. */
    public static String text(String text, Secret secret) {
        if (text == null) {
            return null;
        }
        String out = url(text);
        if (secret != null && !secret.isEmpty()) {
            out = out.replace(secret.reveal(), "**redacted**");
        }
        return out;
    }
}

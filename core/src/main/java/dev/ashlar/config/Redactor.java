package dev.ashlar.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes credentials from JDBC URLs and free text before they are printed or logged. */
public final class Redactor {
    /** What replaces a secret. */
    public static final String REDACTED = "**redacted**";
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?#]*:)([^@/]*)(@)");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("((?:password|passwd|pwd|sslpassword)=)([^&;\\s]*)", Pattern.CASE_INSENSITIVE);

    private Redactor() {
    }

    /** The URL with any password (user-info or query parameter) replaced by {@value #REDACTED}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String out = USER_INFO.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(REDACTED) + "$3");
        return PASSWORD_PARAM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
    }

    /** Redacts URLs and the given secret wherever they occur in {@code text}. */
    public static String text(String text, Secret secret) {
        return text(text, secret == null ? Set.of() : Set.of(secret));
    }

    /**
     * Redacts URLs and every one of {@code secrets} wherever they occur in {@code text}, also where a driver
     * printed them on their own (a URL's user-info password becomes part of a host name in some drivers' errors).
     */
    public static String text(String text, Collection<Secret> secrets) {
        if (text == null) {
            return null;
        }
        String out = url(text);
        for (Secret secret : secrets) {
            if (!secret.isEmpty()) {
                out = out.replace(secret.reveal(), REDACTED);
            }
        }
        return out;
    }

    /** The passwords written inside a URL, as written and decoded: user-info and {@code password=} parameters. */
    static Set<Secret> secretsIn(String url) {
        Set<Secret> found = new LinkedHashSet<>();
        if (url == null) {
            return found;
        }
        for (Pattern p : new Pattern[] {USER_INFO, PASSWORD_PARAM}) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                found.add(Secret.of(m.group(2)));
                found.add(Secret.of(decode(m.group(2))));
            }
        }
        return found;
    }

    /** Whether a driver property of this name holds a secret ({@code password}, {@code sslpassword}, ...). */
    public static boolean isSecretKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("passwd") || lower.equals("pwd")
                || lower.contains("secret") || lower.contains("token");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}

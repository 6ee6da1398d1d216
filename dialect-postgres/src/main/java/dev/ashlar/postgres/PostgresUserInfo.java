package dev.ashlar.postgres;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Secret;
import dev.ashlar.error.ConfigurationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves credentials written as a URL's user-info ({@code jdbc:postgresql://user:pw@host/db}) into the repo's user
 * and password. pgjdbc has no user-info: it reads {@code user:pw@host} as a host name, so such a URL never connects,
 * and the driver's UnknownHostException and HikariCP's log lines quote it. The provider applies this to every repo
 * config it is given, so no URL handed to the driver or the pool carries a password. A {@code user:} or
 * {@code password:} set in the config as well must say the same, or the config is refused.
 */
public final class PostgresUserInfo {
    /** The user-info is what comes before the authority's last {@code @}. */
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:postgresql://)([^/?#]*)@([^/?#@]*.*)$",
            Pattern.DOTALL);

    private PostgresUserInfo() {
    }

    /** {@code config} with any user-info moved out of its URL; {@code config} itself when there is none. */
    public static RepoConfig moveToSettings(RepoConfig config) {
        Matcher m = USER_INFO.matcher(config.url());
        if (!m.matches()) {
            return config;
        }
        String userInfo = m.group(2);
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        Secret password = Secret.of(colon < 0 ? "" : decode(userInfo.substring(colon + 1)));
        return new RepoConfig(config.name(), m.group(1) + m.group(3), pick("user", config.name(), config.user(), user, String::isEmpty),
                pick("password", config.name(), config.password(), password, Secret::isEmpty), config.poolSize(), config.dataLayer(),
                config.properties(), config.timeouts());
    }

    /** The configured value, else the URL's; both given and different is a configuration error (no values shown). */
    private static <T> T pick(String what, String repo, T configured, T inUrl, Predicate<T> absent) {
        boolean hasConfigured = !absent.test(configured);
        if (hasConfigured && !absent.test(inUrl) && !configured.equals(inUrl)) {
            throw new ConfigurationException("repo " + repo + " gives a " + what + " both in its URL (user-info, "
                    + "before the @) and as its " + what + ": setting, and they differ; give it in one place (the "
                    + what + ": setting is preferred)");
        }
        return hasConfigured ? configured : inUrl;
    }

    /** Percent-decoding as in a URL's user-info, where {@code +} is a plus sign, not a space. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}

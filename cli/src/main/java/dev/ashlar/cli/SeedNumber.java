package dev.ashlar.cli;

import java.util.concurrent.ThreadLocalRandom;

/** Chooses the seed number of a run: the option, else the environment variable, else a random one. */
final class SeedNumber {
    private SeedNumber() {
    }

    static long choose(Long option, String environment) {
        if (option != null) {
            return option;
        }
        if (environment != null && !environment.isBlank()) {
            try {
                return Long.parseLong(environment.trim());
            } catch (NumberFormatException e) {
                throw new CliException(SeedOptions.SEED_VARIABLE + " must be a whole number (a 64-bit integer), got '"
                        + environment.trim() + "'");
            }
        }
        // Non-negative, so that it can be passed back as --seed N without being taken for an option.
        return ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    }
}

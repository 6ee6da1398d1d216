/**
 * Repo (named database) configuration from code or from a YAML file with {@code ${ENV}} interpolation. Secrets
 * are redacted in every {@code toString}.
 */
@NullMarked
package dev.ashlar.config;

import org.jspecify.annotations.NullMarked;

/**
 * Reads {@link dev.ashlar.config.AshlarConfig} from a YAML file ({@link dev.ashlar.config.yaml.AshlarConfigFile}),
 * interpolating {@code ${ENV}}. The only part of Ashlar that needs a YAML parser.
 */
@NullMarked
package dev.ashlar.config.yaml;

import org.jspecify.annotations.NullMarked;

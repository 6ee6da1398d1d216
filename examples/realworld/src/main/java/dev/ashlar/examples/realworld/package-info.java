/**
 * The classic "realworld" blog: users who register with a password, articles they publish, tags (many-to-many
 * through article tags) and comments; {@link dev.ashlar.examples.realworld.RealworldGenerators} makes realistic data
 * through the same actions, and {@link dev.ashlar.examples.realworld.RealworldSeeds} is what {@code ashlar seed}
 * runs.
 */
package dev.ashlar.examples.realworld;

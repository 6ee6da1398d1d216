/**
 * The data-layer SPI. A data layer is found with {@link java.util.ServiceLoader} through
 * {@link dev.ashlar.spi.DataLayerProvider}; exactly one provider is chosen per repo.
 *
 * <h2>Three classes of behaviour</h2>
 * <ul>
 *   <li><b>Normalised</b> — identical on every dialect, asserted by the TCK: value round trips of every
 *   {@link dev.ashlar.values.TypeKind} (exact decimals, UTC microsecond timestamps, booleans, UUIDs, JSON maps),
 *   null ordering (always explicit), text ordering (byte order of UTF-8), case-sensitive {@code contains} and
 *   {@code startsWith}, ASCII case folding, error types (unique, foreign key, not null, check), and the
 *   rollback-only policy: an error inside a transaction rolls the whole transaction back.</li>
 *   <li><b>Optional capabilities</b> — declared in {@link dev.ashlar.spi.Capability}, computed from the live
 *   connection where versions matter; using one that is absent raises
 *   {@link dev.ashlar.error.UnsupportedCapabilityException}.</li>
 *   <li><b>Limits</b> — numbers in {@link dev.ashlar.spi.Limits}; the SDK sizes batches by them.</li>
 * </ul>
 */
@NullMarked
package dev.ashlar.spi;

import org.jspecify.annotations.NullMarked;

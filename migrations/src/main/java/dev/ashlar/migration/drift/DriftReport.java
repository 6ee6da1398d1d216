package dev.ashlar.migration.drift;

import java.util.List;

/**
 * How one repo's live database compares with the schema its applied migrations made (their snapshots).
 *
 * @param repo                        the repo
 * @param appliedVersion              the newest migration applied to the database, whose snapshots were compared
 *                                    with it; {@code null} when none is applied (then every table is extra)
 * @param differences                 how the database differs; empty when it matches
 * @param declarationMatchesSnapshots whether the declaration equals the latest snapshots; when not, codegen has
 *                                    something to generate ({@code ashlar codegen --check} says what). Not drift
 *                                    of the database
 * @param notes                       remarks that qualify the comparison (pending or failed migrations, tables
 *                                    left out because their resources are not managed)
 */
public record DriftReport(String repo, String appliedVersion, List<SchemaDifference> differences,
                          boolean declarationMatchesSnapshots, List<String> notes) {
    public DriftReport {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** True when the database differs from what its migrations made. */
    public boolean hasDrift() {
        return !differences.isEmpty();
    }
}

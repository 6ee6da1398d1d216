package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Formats migrations as an aligned text table, plus what to do about any problem states. */
final class StatusTable {
    private static final DateTimeFormatter APPLIED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String[] HEADER = {"VERSION", "DESCRIPTION", "STATE", "APPLIED AT"};

    private StatusTable() {
    }

    static List<String> lines(List<MigrationInfo> migrations) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MigrationInfo m : migrations) {
            rows.add(new String[] {m.version(), m.description() == null ? "" : m.description(), state(m.state()),
                    m.appliedAt() == null ? "-" : APPLIED_AT.format(m.appliedAt())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    static String state(MigrationState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static List<String> hints(List<MigrationInfo> migrations) {
        Set<MigrationState> states = EnumSet.noneOf(MigrationState.class);
        migrations.forEach(m -> states.add(m.state()));
        List<String> out = new ArrayList<>();
        if (states.contains(MigrationState.FAILED)) {
            out.add("failed: a migration failed part-way; fix the database by hand or restore it, then migrate again");
        }
        if (states.contains(MigrationState.CHECKSUM_MISMATCH)) {
            out.add("checksum mismatch: a migration was edited after it was applied; generated files are "
                    + "write-once, so restore it from version control and generate a new migration instead");
        }
        if (states.contains(MigrationState.MISSING_FILE)) {
            out.add("missing file: an applied migration's file is gone; restore it from version control");
        }
        if (states.contains(MigrationState.OUT_OF_ORDER)) {
            out.add("out of order: a pending migration is older than the newest applied one (merged from another "
                    + "branch); regenerate it with a new version");
        }
        if (states.contains(MigrationState.BASELINE)) {
            out.add("baseline: recorded by 'ashlar baseline' as already in the database; never run, and never rolled "
                    + "back");
        }
        return out;
    }
}

package dev.ashlar.tck.suites;

import dev.ashlar.Ashlar;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.List;

/** Small read helpers shared by the suites. */
final class Rows {
    private Rows() {
    }

    /** Every row of the resource, through its primary read action. */
    static List<Row> all(Ashlar ashlar, Resource resource) {
        return ashlar.read(Query.of(resource));
    }

    static int count(Ashlar ashlar, Resource resource) {
        return all(ashlar, resource).size();
    }

    /** One attribute of each row, in row order (nils kept). */
    static <T> List<T> column(List<Row> rows, String attribute) {
        return rows.stream().map(r -> r.<T>get(attribute)).toList();
    }
}

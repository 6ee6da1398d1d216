package dev.ashlar.sql;

import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.internal.row.RowLayout;
import java.util.List;

/**
 * What the row store needs about one resource, worked out once: its attributes with their codecs, the layout of
 * the rows it returns, its primary key, its point-lookup and delete SQL, and the last insert shape used (so a
 * create looks nothing up).
 */
final class TablePlan {
    final Resource resource;
    final Attribute[] attributes;
    final ColumnCodec[] codecs;
    final RowLayout layout;
    final Attribute[] primaryKey;
    final ColumnCodec[] keyCodecs;
    final String selectByKeySql;
    final String deleteSql;
    private final Statements statements;
    private volatile InsertShape lastInsert;

    /**
     * The columns of an insert with their codecs; {@code returning} when the database may store something other
     * than what is sent (a generated or omitted column), else the stored row is the input itself.
     */
    record InsertShape(RowLayout columns, Attribute[] attributes, ColumnCodec[] codecs, boolean returning,
                       String oneRowSql) {}

    TablePlan(Resource resource, Codecs codecsOfDialect, Statements statements) {
        this.statements = statements;
        this.resource = resource;
        this.attributes = resource.attributes().toArray(Attribute[]::new);
        this.codecs = new ColumnCodec[attributes.length];
        for (int i = 0; i < attributes.length; i++) {
            codecs[i] = codecsOfDialect.of(attributes[i].type());
        }
        this.layout = RowLayout.of(resource.attributes().stream().map(Attribute::name).toList());
        this.primaryKey = resource.primaryKey().toArray(Attribute[]::new);
        this.keyCodecs = new ColumnCodec[primaryKey.length];
        for (int i = 0; i < primaryKey.length; i++) {
            keyCodecs[i] = codecsOfDialect.of(primaryKey[i].type());
        }
        this.selectByKeySql = statements.selectByKey(resource);
        this.deleteSql = statements.delete(resource);
    }

    /** The attribute at a column position of {@link #layout}, or -1. */
    int indexOf(String attribute) {
        return layout.indexOf(attribute);
    }

    /** The insert shape for these columns (cached for the last layout seen, which is nearly always the same one). */
    InsertShape insertShape(RowLayout columns) {
        InsertShape last = lastInsert;
        if (last != null && last.columns() == columns) {
            return last;
        }
        Attribute[] sent = new Attribute[columns.size()];
        ColumnCodec[] binders = new ColumnCodec[sent.length];
        for (int c = 0; c < sent.length; c++) {
            int index = indexOf(columns.names().get(c));
            if (index < 0) {
                throw new IllegalArgumentException(resource.name() + " has no attribute " + columns.names().get(c));
            }
            sent[c] = attributes[index];
            binders[c] = codecs[index];
        }
        boolean returning = needsReturning(columns.names());
        InsertShape shape = new InsertShape(columns, sent, binders, returning,
                statements.insert(resource, columns.names(), 1, returning));
        lastInsert = shape;
        return shape;
    }

    /**
     * Whether the database can store anything other than what was sent: when every attribute is sent and none is
     * database-generated, the stored row is exactly the (canonical) input, so RETURNING would only echo it back.
     */
    private boolean needsReturning(List<String> columns) {
        for (Attribute a : attributes) {
            if (a.generated() || !columns.contains(a.name())) {
                return true;
            }
        }
        return false;
    }
}

package dev.ashlar;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.BulkOptions;
import dev.ashlar.action.BulkResult;
import dev.ashlar.action.Changeset;
import dev.ashlar.error.ConstraintViolationException;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk create: every input goes through the same changeset logic as a single create, then valid rows are sent in
 * batches (the data layer keeps each statement under its bind-parameter limit).
 */
final class BulkCreator {
    private final AshlarView ashlar;

    BulkCreator(AshlarView ashlar) {
        this.ashlar = ashlar;
    }

    BulkResult create(ResourceRuntime rt, ActionDefinition action, List<? extends Map<String, ?>> inputs,
                      Object actor, BulkOptions options) {
        String name = rt.resource().name();
        List<Changeset> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        Map<Integer, List<FieldError>> errors = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Changeset cs = ChangesetBuilder.build(ashlar, rt, action, null, inputs.get(i), actor);
            if (cs.isValid()) {
                valid.add(cs);
                validIndex.add(i);
            } else {
                errors.put(i, cs.errors());
            }
        }
        if (options.atomic() && !errors.isEmpty()) {
            return new BulkResult(name, action.name(), List.of(), errors);
        }
        Row[] rows = new Row[inputs.size()];
        if (options.atomic()) {
            rt.dataLayer().transactions().inTransaction(() -> {
                for (int from = 0; from < valid.size(); from += options.batchSize()) {
                    int to = Math.min(valid.size(), from + options.batchSize());
                    writeBatch(rt, valid.subList(from, to), validIndex.subList(from, to), rows);
                }
            });
        } else {
            for (int from = 0; from < valid.size(); from += options.batchSize()) {
                int to = Math.min(valid.size(), from + options.batchSize());
                writeBestEffort(rt, valid.subList(from, to), validIndex.subList(from, to), rows, errors);
            }
        }
        List<Row> written = new ArrayList<>();
        for (Row row : rows) {
            if (row != null) {
                written.add(row);
            }
        }
        return new BulkResult(name, action.name(), written, errors);
    }

    private void writeBatch(ResourceRuntime rt, List<Changeset> batch, List<Integer> indexes, Row[] rows) {
        List<Map<String, Object>> values = new ArrayList<>(batch.size());
        for (Changeset cs : batch) {
            ActionRunner.runBefore(cs);
            values.add(ActionRunner.insertValues(rt, cs));
        }
        List<Map<String, Object>> stored = rt.dataLayer().rows().insert(rt.resource(), values);
        for (int i = 0; i < batch.size(); i++) {
            Row row = rt.row(stored.get(i));
            ActionRunner.runAfter(batch.get(i), row);
            rows[indexes.get(i)] = row;
        }
    }

    /** One transaction per batch; a failed batch is retried row by row to say which inputs failed. */
    private void writeBestEffort(ResourceRuntime rt, List<Changeset> batch, List<Integer> indexes, Row[] rows,
                                 Map<Integer, List<FieldError>> errors) {
        try {
            rt.dataLayer().transactions().inTransaction(() -> writeBatch(rt, batch, indexes, rows));
            return;
        } catch (ConstraintViolationException | InvalidInputException e) {
            indexes.forEach(i -> rows[i] = null);
        }
        for (int i = 0; i < batch.size(); i++) {
            int index = indexes.get(i);
            try {
                List<Changeset> one = List.of(batch.get(i));
                rt.dataLayer().transactions().inTransaction(() -> writeBatch(rt, one, List.of(index), rows));
            } catch (ConstraintViolationException e) {
                errors.put(index, List.of(new FieldError(String.join(",", e.fields()), errorCode(e), e.getMessage())));
            } catch (InvalidInputException e) {
                errors.put(index, e.errors());
            }
        }
    }

    private static String errorCode(ConstraintViolationException e) {
        return switch (e) {
            case dev.ashlar.error.UniqueViolationException u -> "unique";
            case dev.ashlar.error.ForeignKeyViolationException f -> "foreign_key";
            case dev.ashlar.error.NotNullViolationException n -> "required";
            case dev.ashlar.error.CheckViolationException c -> "check";
        };
    }
}

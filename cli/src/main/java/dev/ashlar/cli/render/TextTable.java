package dev.ashlar.cli.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows as aligned columns, one line per row; nested values (loads, JSON) shown compactly, nil as empty. */
final class TextTable {
    private TextTable() {
    }

    static String of(Object tree) {
        List<Map<?, ?>> rows = new ArrayList<>();
        if (tree instanceof Map<?, ?> map) {
            rows.add(map);
        } else if (tree instanceof Collection<?> list && list.stream().allMatch(i -> i instanceof Map<?, ?>)) {
            list.forEach(i -> rows.add((Map<?, ?>) i));
        } else {
            return (tree == null ? "" : String.valueOf(tree)) + System.lineSeparator();
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> r.keySet().forEach(k -> columns.add(String.valueOf(k))));
        List<List<String>> lines = new ArrayList<>();
        lines.add(new ArrayList<>(columns));
        for (Map<?, ?> r : rows) {
            lines.add(columns.stream().map(c -> cell(r.get(c))).toList());
        }
        int[] widths = new int[columns.size()];
        lines.forEach(l -> {
            for (int i = 0; i < l.size(); i++) {
                widths[i] = Math.max(widths[i], l.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                out.append(i == l.size() - 1 ? l.get(i) : String.format("%-" + widths[i] + "s  ", l.get(i)));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> c ? c.size() + " rows" : String.valueOf(value);
        return text.replace('\n', ' ');
    }
}

package dev.ashlar.cli;

import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Relationship;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ParameterException;

/**
 * Checks the fields a command line names against the resource: filters and sorts only on public attributes that
 * are not sensitive (a filter on a password hash would reveal it one guess at a time), loads only of relationships
 * the resource has, one level deep. Each problem is a usage error naming the field.
 */
final class FieldChecks {
    private final Resource resource;
    private final Function<String, ParameterException> usage;

    FieldChecks(Resource resource, Function<String, ParameterException> usage) {
        this.resource = resource;
        this.usage = usage;
    }

    /** The filter, once every attribute it names is known and shown. */
    Filter filter(Filter filter) {
        switch (filter) {
            case Filter.Compare c -> attribute(c.attribute(), "--filter");
            case Filter.In i -> attribute(i.attribute(), "--filter");
            case Filter.IsNil n -> attribute(n.attribute(), "--filter");
            case Filter.Text t -> attribute(t.attribute(), "--filter");
            case Filter.And a -> a.parts().forEach(this::filter);
            case Filter.Or o -> o.parts().forEach(this::filter);
            case Filter.Not n -> filter(n.inner());
        }
        return filter;
    }

    /** {@code -inserted_at,name}: descending with a leading '-'. */
    List<Sort> sorts(String text) {
        List<Sort> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String field = part.strip();
            boolean descending = field.startsWith("-");
            field = descending || field.startsWith("+") ? field.substring(1).strip() : field;
            if (field.isEmpty()) {
                throw usage.apply("--sort: empty field in '" + text + "'");
            }
            Attribute a = attribute(field, "--sort");
            if (!a.type().isOrderable()) {
                throw usage.apply("--sort: " + resource.name() + "." + field + " is " + a.type()
                        + " and cannot be sorted");
            }
            out.add(descending ? Sort.desc(field) : Sort.asc(field));
        }
        return out;
    }

    /** {@code tags,comments}: relationship names; nested paths are refused, reads load one level. */
    List<String> loads(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : Arrays.stream(text.split(",")).map(String::strip).toList()) {
            if (part.contains(".")) {
                throw usage.apply("--load " + part + ": nested loads are not supported; reads load one level of "
                        + "relationships (load " + part.substring(0, part.indexOf('.')) + ")");
            }
            if (resource.relationship(part).isEmpty()) {
                throw usage.apply("--load " + part + ": " + resource.name() + " has no relationship " + part
                        + "; it has " + resource.relationships().stream().map(Relationship::name).toList());
            }
            out.add(part);
        }
        return out;
    }

    private Attribute attribute(String name, String option) {
        Attribute a = resource.attribute(name).orElseThrow(() -> usage.apply(option + ": " + resource.name()
                + " has no attribute " + name + "; shown attributes: " + shown()));
        if (a.sensitive() || !a.isPublic()) {
            throw usage.apply(option + ": " + resource.name() + "." + name + " is " + (a.sensitive() ? "sensitive"
                    : "not public") + " and cannot be filtered or sorted on; shown attributes: " + shown());
        }
        return a;
    }

    private List<String> shown() {
        return resource.attributes().stream().filter(a -> a.isPublic() && !a.sensitive()).map(Attribute::name)
                .toList();
    }
}

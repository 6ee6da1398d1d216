package dev.ashlar.cli;

import dev.ashlar.AshlarView;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ParameterException;

/**
 * {@code --actor User:8f1c...} (by primary key) or {@code --actor User:email=ada@example.com} (by a field that is
 * the primary key or a one-field identity). The actor row is read without an actor of its own.
 */
record ActorText(String resource, String field, String value) {

    static ActorText parse(String text, Function<String, ParameterException> usage) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw usage.apply("--actor takes RESOURCE:KEY or RESOURCE:FIELD=VALUE, e.g. User:42");
        }
        String rest = text.substring(colon + 1);
        int eq = rest.indexOf('=');
        return eq > 0 ? new ActorText(text.substring(0, colon), rest.substring(0, eq), rest.substring(eq + 1))
                : new ActorText(text.substring(0, colon), null, rest);
    }

    Row find(AshlarView ashlar) {
        Resource r = ashlar.domain().resource(resource).orElseThrow(() -> new CliException("--actor: domain "
                + ashlar.domain().name() + " has no resource " + resource + "; it has "
                + ashlar.domain().resources().stream().map(Resource::name).toList()));
        if (field == null) {
            return ashlar.get(r, value);
        }
        Attribute a = r.attribute(field).filter(x -> !x.sensitive()).orElse(null);
        boolean unique = a != null && (r.primaryKey().size() == 1 && r.primaryKey().get(0) == a
                || r.identities().stream().map(Identity::keys).anyMatch(k -> k.equals(List.of(field))));
        if (!unique) {
            throw new CliException("--actor: " + resource + "." + field + " is not the primary key or a one-field "
                    + "identity of " + resource + ", so it does not find one row");
        }
        List<Row> rows = ashlar.read(Query.of(r).where(Filter.where(field).eq(value)).limit(1));
        if (rows.isEmpty()) {
            Set<String> sensitive = r.attributes().stream().filter(Attribute::sensitive).map(Attribute::name)
                    .collect(Collectors.toSet());
            throw new NotFoundException(resource, Map.of(field, value), sensitive);
        }
        return rows.get(0);
    }
}

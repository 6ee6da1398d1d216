package dev.ashlar.domain;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.action.Argument;
import dev.ashlar.resource.Attribute;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.DefaultValue;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.IndexDefinition;
import dev.ashlar.resource.Relationship;
import dev.ashlar.resource.Resource;
import dev.ashlar.values.TypeKind;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.spi.Limits;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a domain's declarations and collects every problem as a sentence naming resource and field. */
final class DomainValidator {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    /** The longest file or folder name common file systems (ext4, APFS, NTFS) accept. */
    static final int MAX_FILE_NAME_BYTES = 255;

    private final Domain domain;
    /** The first resource of each name, as {@link Domain#resource} finds it, without a scan per look-up. */
    private final Map<String, Resource> resourcesByName = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    DomainValidator(Domain domain) {
        this.domain = domain;
        domain.resources().forEach(r -> resourcesByName.putIfAbsent(r.name(), r));
    }

    private Optional<Resource> resource(String name) {
        return Optional.ofNullable(resourcesByName.get(name));
    }

    List<String> problems() {
        Set<String> names = new HashSet<>();
        for (Resource r : domain.resources()) {
            if (!names.add(r.name())) {
                problems.add("domain " + domain.name() + ": resource " + r.name() + " is declared twice");
            }
            checkResource(r);
        }
        if (problems.isEmpty()) { // deriving tables needs valid attributes
            checkSharedTables();
        }
        if (problems.isEmpty()) {
            checkNameLengths();
        }
        checkCodeInterfaces();
        problems.addAll(new CommandValidator(domain.commands(), resourcesByName).problems());
        return problems;
    }

    private void checkResource(Resource r) {
        String where = r.name();
        Set<String> attributeNames = new HashSet<>();
        for (Attribute a : r.attributes()) {
            if (!attributeNames.add(a.name())) {
                problems.add(where + "." + a.name() + ": attribute declared twice");
            }
            if (!IDENTIFIER.matcher(a.name()).matches()) {
                problems.add(where + "." + a.name() + ": attribute names are lower snake_case ([a-z_][a-z0-9_]*)");
            }
            checkDefault(r, a);
            if (a.generated() && a.type().kind() != TypeKind.INTEGER) {
                problems.add(where + "." + a.name() + ": only integer attributes can be database-generated");
            }
        }
        if (r.hasTable()) {
            if (!IDENTIFIER.matcher(r.table()).matches()) {
                problems.add(where + ": table name " + r.table() + " must be lower snake_case");
            }
            if (r.primaryKey().isEmpty()) {
                problems.add(where + ": a resource with a table needs a primary key");
            }
            if (r.primaryKey().stream().anyMatch(Attribute::generated) && r.primaryKey().size() > 1) {
                problems.add(where + ": a database-generated key cannot be part of a composite primary key");
            }
        } else if (!r.attributes().isEmpty()) {
            problems.add(where + ": declares attributes but no table; add .table(\"...\")");
        }
        for (Identity i : r.identities()) {
            for (String key : i.keys()) {
                Optional<Attribute> a = r.attribute(key);
                if (a.isEmpty()) {
                    problems.add(where + ".identity " + i.name() + ": unknown attribute " + key + "; known: "
                            + r.attributes().stream().map(Attribute::name).toList());
                } else if (!a.get().type().isOrderable()) {
                    problems.add(where + ".identity " + i.name() + ": " + key + " is " + a.get().type()
                            + ", which cannot be part of a unique key");
                }
            }
        }
        for (IndexDefinition index : r.indexes()) {
            for (String column : index.columns()) {
                if (r.attribute(column).isEmpty()) {
                    problems.add(where + ".index " + index.name() + ": unknown attribute " + column);
                }
            }
        }
        if (r.identities().stream().map(Identity::name).distinct().count() != r.identities().size()) {
            problems.add(where + ": two identities share a name");
        }
        for (Relationship rel : r.relationships()) {
            if (attributeNames.contains(rel.name())) {
                problems.add(where + "." + rel.name() + ": relationship name clashes with an attribute");
            }
            checkRelationship(r, rel);
        }
        if (r.relationships().stream().map(Relationship::name).distinct().count() != r.relationships().size()) {
            problems.add(where + ": two relationships share a name");
        }
        for (ActionDefinition action : r.actions()) {
            checkAction(r, action);
        }
    }

    private void checkDefault(Resource r, Attribute a) {
        if (a.defaultValue() instanceof DefaultValue.Literal literal) {
            try {
                ValueCaster.cast(a.type(), literal.value());
            } catch (InvalidValueException e) {
                problems.add(r.name() + "." + a.name() + ": default " + literal.value() + " is not a valid "
                        + a.type() + ": " + e.getMessage());
            }
        }
        TypeKind kind = a.type().kind();
        if (a.defaultValue() instanceof DefaultValue.Now
                && kind != TypeKind.TIMESTAMP && kind != TypeKind.DATE && kind != TypeKind.TIME) {
            problems.add(r.name() + "." + a.name() + ": a 'now' default needs a timestamp, date or time attribute");
        }
        if ((a.defaultValue() instanceof DefaultValue.RandomUuid || a.defaultValue() instanceof DefaultValue.TimeOrderedUuid)
                && kind != TypeKind.UUID) {
            problems.add(r.name() + "." + a.name() + ": a generated-uuid default needs a uuid attribute");
        }
    }

    private void checkRelationship(Resource r, Relationship rel) {
        String where = r.name() + "." + rel.name();
        Optional<Resource> destination = resource(rel.destination());
        if (destination.isEmpty()) {
            problems.add(where + ": relationship to " + rel.destination() + ", which is not in domain "
                    + domain.name());
            return;
        }
        Resource dest = destination.get();
        switch (rel) {
            case Relationship.BelongsTo b -> {
                List<Attribute> pk = dest.primaryKey();
                if (pk.size() != 1) {
                    problems.add(where + ": belongs-to needs a single-attribute primary key on " + dest.name());
                } else {
                    AttributeType fkType = r.attribute(b.attribute()).map(Attribute::type).orElse(null);
                    if (fkType != null && !fkType.equals(pk.get(0).type())) {
                        problems.add(where + ": " + r.name() + "." + b.attribute() + " is " + fkType + " but "
                                + dest.name() + "." + pk.get(0).name() + " is " + pk.get(0).type()
                                + "; declare .attributeType(AttributeType." + pk.get(0).type().kind().name().toLowerCase()
                                + "()) on the belongs-to");
                    }
                }
                if (b.onDelete() == dev.ashlar.resource.ForeignKeyAction.SET_NULL && b.required()) {
                    problems.add(where + ": on delete set null needs an attribute that allows nil, but "
                            + b.attribute() + " is required");
                }
                if (r.hasTable() && dest.hasTable() && !r.repo().equals(dest.repo())) {
                    problems.add(where + ": foreign key across repos (" + r.repo() + " -> " + dest.repo()
                            + "); put " + r.name() + " and " + dest.name() + " in the same repo");
                }
            }
            case Relationship.HasMany h -> checkDestinationAttribute(where, dest, h.destinationAttribute());
            case Relationship.HasOne h -> checkDestinationAttribute(where, dest, h.destinationAttribute());
            case Relationship.ManyToMany m -> {
                Optional<Resource> through = resource(m.through());
                if (through.isEmpty()) {
                    problems.add(where + ": join resource " + m.through() + " is not in domain " + domain.name());
                } else {
                    checkDestinationAttribute(where, through.get(), m.sourceAttribute());
                    checkDestinationAttribute(where, through.get(), m.destinationAttribute());
                }
            }
        }
    }

    private void checkDestinationAttribute(String where, Resource dest, String attribute) {
        if (dest.attribute(attribute).isEmpty()) {
            problems.add(where + ": " + dest.name() + " has no attribute " + attribute);
        }
    }

    private void checkAction(Resource r, ActionDefinition action) {
        String where = r.name() + "." + action.name();
        for (String accepted : action.accept()) {
            Optional<Attribute> a = r.attribute(accepted);
            if (a.isEmpty()) {
                problems.add(where + ": accepts unknown attribute " + accepted);
            } else if (!a.get().writable()) {
                problems.add(where + ": accepts " + accepted + ", which is not writable");
            }
        }
        for (Argument arg : action.arguments()) {
            if (action.accept().contains(arg.name())) {
                problems.add(where + ": argument " + arg.name() + " has the name of an accepted attribute");
            }
        }
        if (action.type() == ActionType.GENERIC && action.body() == null) {
            problems.add(where + ": a generic action needs .run(...)");
        }
        if (action.type() != ActionType.GENERIC && !r.hasTable()) {
            problems.add(where + ": " + action.type() + " actions need a table");
        }
        if (action.type() != ActionType.READ && action.readFilter() != null) {
            problems.add(where + ": only read actions take a filter");
        }
    }

    /**
     * Several resources may share a table (it holds the union of their columns) only when what they both declare
     * agrees: columns, primary key, and indexes, foreign keys and checks of one name.
     */
    private void checkSharedTables() {
        problems.addAll(new SchemaBuilder(domain.resources()).sharedTableConflicts());
    }

    /**
     * Names longer than {@link Limits#PORTABLE_IDENTIFIER_LENGTH} would be cut or refused by PostgreSQL (and the
     * domain does not know which data layer it will run on); a repo or table name also names a snapshot folder,
     * which the file system limits to {@link #MAX_FILE_NAME_BYTES} bytes.
     */
    private void checkNameLengths() {
        SchemaBuilder schema = new SchemaBuilder(domain.resources());
        Set<String> repos = new HashSet<>();
        for (Resource r : domain.resources()) {
            if (!r.hasTable()) {
                continue;
            }
            if (repos.add(r.repo()) && r.repo().getBytes(StandardCharsets.UTF_8).length > MAX_FILE_NAME_BYTES) {
                problems.add(r.name() + ": repo name " + abbreviate(r.repo()) + " is longer than "
                        + MAX_FILE_NAME_BYTES + " bytes, the longest folder name for its snapshots");
            }
            for (String name : schema.table(r).identifiersLongerThan(Limits.PORTABLE_IDENTIFIER_LENGTH)) {
                problems.add(r.name() + ": name " + abbreviate(name) + " (" + name.length() + " characters) is longer"
                        + " than " + Limits.PORTABLE_IDENTIFIER_LENGTH + " bytes, the identifier limit of PostgreSQL;"
                        + " shorten the table, attribute, identity, index or check name it comes from");
            }
        }
    }

    /** A long name shortened for a message, so a 10,000-character mistake does not flood the output. */
    static String abbreviate(String name) {
        return name.length() <= 80 ? name : name.substring(0, 60) + "..." + name.substring(name.length() - 10);
    }

    private void checkCodeInterfaces() {
        for (CodeInterface ci : domain.codeInterfaces().values()) {
            Optional<Resource> r = resource(ci.resource());
            if (r.isEmpty()) {
                problems.add("code interface " + ci.name() + ": resource " + ci.resource() + " is not in domain "
                        + domain.name());
            } else if (r.get().action(ci.action()).isEmpty()) {
                problems.add("code interface " + ci.name() + ": " + ci.resource() + " has no action " + ci.action()
                        + "; it has " + r.get().actions().stream().map(ActionDefinition::name).toList());
            } else if (ci.returnsOne()) {
                checkGetBy(ci, r.get());
            }
        }
    }

    /** A get-by interface reads with a read action by fields that find at most one row: the key or an identity. */
    private void checkGetBy(CodeInterface ci, Resource r) {
        String where = "code interface " + ci.name() + ": ";
        if (r.action(ci.action()).get().type() != ActionType.READ) {
            problems.add(where + "getBy needs a read action, but " + r.name() + "." + ci.action() + " is a "
                    + r.action(ci.action()).get().type() + " action");
            return;
        }
        List<String> unknown = ci.getBy().stream().filter(f -> r.attribute(f).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            problems.add(where + r.name() + " has no attribute " + String.join(", ", unknown) + "; known: "
                    + r.attributes().stream().map(Attribute::name).toList());
            return;
        }
        Set<String> fields = new HashSet<>(ci.getBy());
        boolean primaryKey = fields.equals(new HashSet<>(r.primaryKey().stream().map(Attribute::name).toList()));
        boolean identity = r.identities().stream().anyMatch(i -> fields.equals(new HashSet<>(i.keys())));
        if (!primaryKey && !identity || fields.size() != ci.getBy().size()) {
            problems.add(where + "getBy " + ci.getBy() + " is neither the primary key "
                    + r.primaryKey().stream().map(Attribute::name).toList() + " nor the keys of an identity of "
                    + r.name() + " " + r.identities().stream().map(Identity::keys).toList()
                    + ", so it may find several rows; declare an identity on them");
        }
    }
}

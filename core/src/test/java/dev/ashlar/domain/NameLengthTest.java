package dev.ashlar.domain;

import static dev.ashlar.action.ActionType.CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.error.DeclarationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.spi.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names longer than PostgreSQL's 63-byte identifiers, generated ones included, fail when the domain is built. */
class NameLengthTest {
    private static final String MAX = "t".repeat(Limits.PORTABLE_IDENTIFIER_LENGTH);

    private static List<String> problems(Resource... resources) {
        DeclarationException e = catchThrowableOfType(() -> Domain.define("d", d -> d.resources(resources)),
                DeclarationException.class);
        assertThat(e).as("the domain was accepted").isNotNull();
        return e.problems();
    }

    private static Resource table(String table) {
        return Resource.define("Thing", r -> r.table(table).attributes(a -> a.uuidPrimaryKey("id")));
    }

    @Test
    void aTableNameOfTheLimitIsAcceptedButItsPrimaryKeyNameIsNot() {
        // <table>_pkey must fit too: the longest table name is 58 characters
        Domain.define("d", d -> d.resources(table("t".repeat(58))));
        assertThat(problems(table("t".repeat(59)))).singleElement().asString()
                .contains("Thing: name " + "t".repeat(59) + "_pkey").contains("longer than 63 bytes");
    }

    @Test
    void longColumnIdentityIndexCheckAndForeignKeyNamesAreRejected() {
        Resource parent = Resource.define("Parent", r -> r.table("parents").attributes(a -> a.uuidPrimaryKey("id")));
        Resource child = Resource.define("Child", r -> r.table("children")
                .attributes(a -> a.uuidPrimaryKey("id").string("c" + MAX).enumOf("e" + "x".repeat(55), "a"))
                .identity("i" + MAX, "id")
                .index("x" + MAX, "id")
                .check("k" + MAX, "1 = 1")
                .belongsTo("p" + "y".repeat(50), "Parent"));
        List<String> problems = problems(parent, child);
        assertThat(problems).allMatch(p -> p.startsWith("Child: name ")).hasSize(6);
        assertThat(String.join("\n", problems))
                .contains("c" + MAX)                                    // column
                .contains("children_i" + MAX.substring(0, 50))          // identity index
                .contains("x" + MAX)                                    // plain index
                .contains("k" + MAX)                                    // check
                .contains("children_e" + "x".repeat(50))                // the enum's generated check
                .contains("children_p" + "y".repeat(50));               // generated <table>_<column>_fkey
    }

    @Test
    void aTenThousandCharacterNameIsADeclarationErrorWithAShortMessage() {
        List<String> problems = problems(table("t".repeat(10_000)));
        assertThat(problems).hasSize(2).allMatch(p -> p.length() < 300).allMatch(p -> p.contains("10000 characters")
                || p.contains("10005 characters"));
    }

    @Test
    void aRepoNameMustFitAFileName() {
        Resource thing = Resource.define("Thing", r -> r.table("things").repo("r".repeat(256))
                .attributes(a -> a.uuidPrimaryKey("id")));
        assertThat(problems(thing)).singleElement().asString().contains("repo name").contains("255 bytes");
        Domain.define("d", d -> d.resources(table("things").inRepo("r".repeat(255))));
    }

    @Test
    void codeInterfacesAreUnaffected() {
        Resource thing = Resource.define("Thing", r -> r.table("things").attributes(a -> a.uuidPrimaryKey("id"))
                .actions(x -> x.defaults(CREATE)));
        Domain.define("d", d -> d.resources(thing).codeInterface("c".repeat(100), thing, "create"));
    }
}

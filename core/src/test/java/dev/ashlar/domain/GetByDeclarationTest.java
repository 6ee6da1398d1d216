package dev.ashlar.domain;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.error.DeclarationException;
import dev.ashlar.resource.Resource;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A get-by code interface is checked when the domain is built: a read action, known fields, unique fields. */
class GetByDeclarationTest {
    static final Resource PRODUCT = Resource.define("Product", r -> r.table("products")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").string("sku").string("colour"))
            .identity("unique_name", "name")
            .identity("unique_sku_colour", "sku", "colour")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    private static String problem(String action, Consumer<CodeInterface.Options> spec) {
        DeclarationException e = catchThrowableOfType(() -> Domain.define("d", d -> d.resources(PRODUCT)
                .codeInterface("get", PRODUCT, action, spec)), DeclarationException.class);
        assertThat(e).as("the domain was accepted").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void theKeyAndIdentityKeysAreAccepted() {
        Domain d = Domain.define("d", x -> x.resources(PRODUCT)
                .codeInterface("by_id", PRODUCT, "read", c -> c.getBy("id"))
                .codeInterface("by_name", PRODUCT, "read", c -> c.getBy("name"))
                .codeInterface("by_sku", PRODUCT, "read", c -> c.getBy("colour", "sku")));
        assertThat(d.codeInterfaces().get("by_sku").returnsOne()).isTrue();
    }

    @Test
    void anUnknownAttributeIsRejected() {
        assertThat(problem("read", c -> c.getBy("title"))).contains("code interface get")
                .contains("Product has no attribute title");
    }

    @Test
    void fieldsThatAreNotUniqueAreRejected() {
        assertThat(problem("read", c -> c.getBy("colour"))).contains("neither the primary key")
                .contains("declare an identity");
        assertThat(problem("read", c -> c.getBy("sku"))).contains("neither the primary key");
        assertThat(problem("read", c -> c.getBy("name", "name"))).contains("neither the primary key");
    }

    @Test
    void aGetByNeedsAReadAction() {
        assertThat(problem("create", c -> c.getBy("id"))).contains("getBy needs a read action");
    }
}

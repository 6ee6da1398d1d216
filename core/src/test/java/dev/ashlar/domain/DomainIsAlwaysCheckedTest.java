package dev.ashlar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.error.DeclarationException;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.Resource;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A domain exists only after its checks ran: no constructor skips them. */
class DomainIsAlwaysCheckedTest {
    private static final Resource NOTE = Resource.define("Note", r -> r.table("notes")
            .attributes(a -> a.uuidPrimaryKey("id").string("title")));

    @Test
    void aDomainHasNoConstructorOutsideItsBuilder() {
        assertThat(Domain.class.isRecord()).isFalse();
        assertThat(Arrays.stream(Domain.class.getDeclaredConstructors()).map(c -> c.getModifiers())
                .allMatch(Modifier::isPrivate)).isTrue();
    }

    @Test
    void aResourceAssembledByHandIsCheckedWhenItJoinsADomain() {
        Resource handMade = new Resource(NOTE.name(), NOTE.table(), NOTE.repo(), NOTE.dataLayer(), NOTE.managed(),
                NOTE.attributes(), List.of(new Identity("unique_missing", List.of("missing"), true)), NOTE.indexes(),
                NOTE.relationships(), NOTE.checks(), NOTE.actions(), NOTE.validations(), NOTE.renamedFrom());

        assertThatThrownBy(() -> Domain.define("notes", d -> d.resources(handMade)))
                .isInstanceOf(DeclarationException.class)
                .hasMessageContaining("Note").hasMessageContaining("missing");
    }
}

package dev.ashlar.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.error.FieldError;
import dev.ashlar.query.Filter;
import dev.ashlar.resource.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in validations are described values (kind + parameters) and validate as before. */
class ValidationRuleTest {
    static final Resource USER = Resource.define("User", r -> r.table("users")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").integer("age").string("code")
                    .string("password").string("password_confirmation"))
            .actions(x -> x.defaults(ActionType.CREATE)
                    .defaultAccept("name", "age", "code", "password", "password_confirmation")));

    private static List<FieldError> errors(Validation v, Object... fieldsAndValues) {
        Changeset cs = TestChangesets.of(USER, "create", null);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            cs.set((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        v.validate(cs);
        return cs.errors();
    }

    @Test
    void builtInValidationsDescribeTheirKindAndParameters() {
        assertThat(Validations.length("name", 3, 80)).isEqualTo(new ValidationRule.Length("name", 3, 80));
        assertThat(Validations.range("age", 18, null)).isEqualTo(new ValidationRule.Range("age", 18, null));
        assertThat(Validations.oneOf("code", "a", "b")).isEqualTo(new ValidationRule.OneOf("code", List.of("a", "b")));
        assertThat(Validations.match("code", "[a-z]+", "lower case"))
                .isEqualTo(new ValidationRule.Match("code", "[a-z]+", "lower case"));
        assertThat(Validations.compare("age", Filter.Op.GT, 0))
                .isEqualTo(new ValidationRule.Compare("age", Filter.Op.GT, 0));
        assertThat(Validations.present("name", "age")).isEqualTo(new ValidationRule.Present(List.of("name", "age")));
        assertThat(Validations.confirm("password", "password_confirmation"))
                .isEqualTo(new ValidationRule.Confirm("password", "password_confirmation"));
    }

    @Test
    void describedRulesValidateAsBefore() {
        assertThat(errors(Validations.length("name", 3, 5), "name", "Al")).extracting(FieldError::code)
                .containsExactly("too_short");
        assertThat(errors(Validations.length("name", 3, 5), "name", "Alexander")).extracting(FieldError::message)
                .containsExactly("must be at most 5 characters");
        assertThat(errors(Validations.length("name", 3, 5))).isEmpty();
        assertThat(errors(Validations.range("age", 18, 120), "age", 17)).extracting(FieldError::message)
                .containsExactly("must be at least 18");
        assertThat(errors(Validations.oneOf("code", "a", "b"), "code", "c")).extracting(FieldError::code)
                .containsExactly("one_of");
        assertThat(errors(Validations.match("code", "[a-z]+", "lower case"), "code", "A1"))
                .extracting(FieldError::message).containsExactly("lower case");
        assertThat(errors(Validations.compare("age", Filter.Op.GT, 0), "age", 0)).extracting(FieldError::message)
                .containsExactly("must be greater than 0");
        assertThat(errors(Validations.present("name"), "name", " ")).extracting(FieldError::code)
                .containsExactly("required");
        assertThat(errors(Validations.confirm("password", "password_confirmation"), "password", "x",
                "password_confirmation", "y")).extracting(FieldError::path).containsExactly("password_confirmation");
        assertThat(((ValidationRule.FieldRule) Validations.range("age", 1, 2)).check(5L)).isPresent();
    }
}

package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.action.Changes;
import dev.ashlar.action.PasswordHasher;
import dev.ashlar.action.Validations;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.query.Filter;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Invalid input is a value with field paths and stable codes, collected all at once, and nothing reaches the
 * database: required attributes, accept lists, types, maximum lengths, decimal places, enums and the built-in
 * validations, including a confirmed password hashed into a sensitive attribute.
 */
@Tck
class ValidationTest {

    static final Resource MEMBER = Resource.define("Member", r -> r
            .table("members")
            .attributes(a -> a.uuidPrimaryKey("id").string("name", 20).required().ciString("email").required()
                    .integer("age").decimal("balance", 10, 2).enumOf("role", "admin", "member")
                    .string("nickname").string("plan").string("hashed_password").sensitive().notWritable())
            .validate(Validations.present("name"))
            .validate(Validations.length("nickname", 3, 10))
            .validate(Validations.match("email", "[^@\\s]+@[^@\\s]+", "must be an email address"))
            .validate(Validations.range("age", 0, 150))
            .validate(Validations.oneOf("plan", "free", "pro"))
            .validate(Validations.compare("balance", Filter.Op.GE, 0))
            .actions(x -> x.defaults(CREATE, READ, UPDATE)
                    .defaultAccept("name", "email", "age", "balance", "role", "nickname", "plan")
                    .create("register", c -> c.accept("name", "email")
                            .sensitiveArgument("password", AttributeType.string())
                            .sensitiveArgument("password_confirmation", AttributeType.string())
                            .change(Changes.hash("password", "hashed_password"))
                            .validate(Validations.confirm("password", "password_confirmation"))
                            .validate(Validations.length("password", 8, 72)))));

    static final Domain DOMAIN = Domain.define("validation", d -> d.resources(MEMBER));

    private static Map<String, Object> valid() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "Ann");
        input.put("email", "ann@example.com");
        return input;
    }

    private static Map<String, Object> valid(String key, Object value) {
        Map<String, Object> input = valid();
        input.put(key, value);
        return input;
    }

    /** Runs {@code action}, expects invalid input, checks nothing was written, returns the error. */
    private static InvalidInputException invalid(Ashlar ashlar, Executable action) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, action::execute);
        assertThat(e).as("InvalidInputException").isNotNull();
        assertThat(Rows.count(ashlar, MEMBER)).as("rows written").isZero();
        return e;
    }

    private static List<String> codes(InvalidInputException e, String path) {
        return e.errorsFor(path).stream().map(FieldError::code).toList();
    }

    @Test
    void validInputIsStored(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> input = valid();
        input.put("age", 150);
        input.put("balance", "0.00");
        input.put("nickname", "annie");
        input.put("plan", "pro");
        input.put("role", "admin");

        Row row = ashlar.create(MEMBER, input);

        assertThat(ashlar.get(MEMBER, row.getUuid("id"))).isEqualTo(row);
        assertThat(row.getString("plan")).isEqualTo("pro");
    }

    @Test
    void aMissingRequiredAttributeIsReportedAndNothingIsWritten(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, Map.of("name", "Ann")));

        assertThat(e.resource()).isEqualTo("Member");
        assertThat(e.action()).isEqualTo("create");
        assertThat(codes(e, "email")).containsExactly("required");
        assertThat(e.errors()).extracting(FieldError::path).containsOnly("email");
    }

    @Test
    void everyErrorIsReportedAtOnce(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> input = new HashMap<>();
        input.put("age", 200);
        input.put("nickname", "x");
        input.put("plan", "gold");
        input.put("role", "owner");
        input.put("colour", "red");

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, input));

        assertThat(codes(e, "name")).contains("required");
        assertThat(codes(e, "email")).containsExactly("required");
        assertThat(codes(e, "age")).containsExactly("out_of_range");
        assertThat(codes(e, "nickname")).containsExactly("too_short");
        assertThat(codes(e, "plan")).containsExactly("one_of");
        assertThat(codes(e, "role")).containsExactly("one_of");
        assertThat(codes(e, "colour")).containsExactly("not_accepted");
        assertThat(e.getMessage()).contains("age", "nickname", "plan", "colour");
    }

    @Test
    void unknownAndUnacceptedInputKeysAreNotAccepted(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException unknown = invalid(ashlar, () -> ashlar.create(MEMBER, valid("favourite_colour", "red")));
        InvalidInputException notWritable = invalid(ashlar, () -> ashlar.create(MEMBER, valid("hashed_password", "x")));
        InvalidInputException notInAcceptList = invalid(ashlar,
                () -> ashlar.create(MEMBER, "register", Map.of("name", "Ann", "email", "a@b.c", "age", 3,
                        "password", "long enough", "password_confirmation", "long enough")));

        assertThat(codes(unknown, "favourite_colour")).containsExactly("not_accepted");
        assertThat(codes(notWritable, "hashed_password")).containsExactly("not_accepted");
        assertThat(codes(notInAcceptList, "age")).containsExactly("not_accepted");
    }

    @Test
    void aValueOfTheWrongTypeIsInvalidType(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> input = valid("age", true);
        input.put("balance", List.of(1));
        input.put("nickname", 12);

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, input));

        assertThat(codes(e, "age")).containsExactly("invalid_type");
        assertThat(codes(e, "balance")).containsExactly("invalid_type");
        assertThat(codes(e, "nickname")).containsExactly("invalid_type");
    }

    @Test
    void unparseableTextIsReportedPerType(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> input = valid("age", "twelve");
        input.put("balance", "1,5");

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, input));

        assertThat(codes(e, "age")).containsExactly("invalid_integer");
        assertThat(codes(e, "balance")).containsExactly("invalid_decimal");
    }

    @Test
    void aStringLongerThanItsMaximumIsTooLong(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, valid("name", "a".repeat(21))));

        assertThat(codes(e, "name")).contains("too_long");
    }

    @Test
    void maximumLengthCountsCodePointsNotBytes(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        String twentyEmoji = "😀".repeat(20);

        Row row = ashlar.create(MEMBER, valid("name", twentyEmoji));

        assertThat(ashlar.get(MEMBER, row.getUuid("id")).getString("name")).isEqualTo(twentyEmoji);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.create(MEMBER, valid("name", "é".repeat(21))));
        assertThat(e).isNotNull();
        assertThat(codes(e, "name")).contains("too_long");
    }

    @Test
    void aDecimalWithTooManyPlacesOrDigitsIsRefused(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException places = invalid(ashlar, () -> ashlar.create(MEMBER, valid("balance", "1.234")));
        InvalidInputException digits = invalid(ashlar, () -> ashlar.create(MEMBER, valid("balance", "123456789.00")));

        assertThat(codes(places, "balance")).containsExactly("too_many_decimals");
        assertThat(codes(digits, "balance")).containsExactly("out_of_range");
        Row fits = ashlar.create(MEMBER, valid("balance", new BigDecimal("12345678.9")));
        assertThat(fits.getDecimal("balance")).isEqualTo(new BigDecimal("12345678.90"));
    }

    @Test
    void anEnumValueOutsideTheDeclaredOnesIsOneOf(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, valid("role", "Admin")));

        assertThat(codes(e, "role")).containsExactly("one_of");
    }

    @Test
    void presentRefusesBlankText(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, valid("name", "   ")));

        assertThat(codes(e, "name")).containsExactly("required");
    }

    @Test
    void lengthMatchRangeOneOfAndCompareValidations(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        assertThat(codes(invalid(ashlar, () -> ashlar.create(MEMBER, valid("nickname", "elevenchars"))), "nickname"))
                .containsExactly("too_long");
        assertThat(codes(invalid(ashlar, () -> ashlar.create(MEMBER, valid("email", "not-an-email"))), "email"))
                .containsExactly("format");
        assertThat(codes(invalid(ashlar, () -> ashlar.create(MEMBER, valid("age", -1))), "age"))
                .containsExactly("out_of_range");
        assertThat(codes(invalid(ashlar, () -> ashlar.create(MEMBER, valid("plan", "enterprise"))), "plan"))
                .containsExactly("one_of");
        assertThat(codes(invalid(ashlar, () -> ashlar.create(MEMBER, valid("balance", "-0.01"))), "balance"))
                .containsExactly("compare");
    }

    @Test
    void updatesAreValidatedLikeCreates(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row ann = ashlar.create(MEMBER, valid("age", 30));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.update(MEMBER, ann, Map.of("age", 999, "name", "")));

        assertThat(e).isNotNull();
        assertThat(e.action()).isEqualTo("update");
        assertThat(codes(e, "age")).containsExactly("out_of_range");
        assertThat(codes(e, "name")).contains("required");
        assertThat(ashlar.get(MEMBER, ann.getUuid("id"))).isEqualTo(ann);
    }

    @Test
    void aConfirmedPasswordIsHashedIntoASensitiveAttribute(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        String password = "correct horse battery";

        Row row = ashlar.create(MEMBER, "register", Map.of("name", "Ann", "email", "ann@example.com",
                "password", password, "password_confirmation", password));

        String hash = ashlar.get(MEMBER, row.getUuid("id")).getString("hashed_password");
        assertThat(hash).isNotNull().isNotEqualTo(password);
        assertThat(PasswordHasher.verify(password, hash)).isTrue();
        assertThat(PasswordHasher.verify("wrong password", hash)).isFalse();
        assertThat(row.toString()).doesNotContain(hash).doesNotContain(password).contains("hashed_password");
        assertThat(ashlar.get(MEMBER, row.getUuid("id")).toString()).doesNotContain(hash);
    }

    @Test
    void aMismatchedConfirmationIsRefusedWithoutRevealingThePassword(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        String password = "correct horse battery";

        InvalidInputException e = invalid(ashlar, () -> ashlar.create(MEMBER, "register", Map.of("name", "Ann",
                "email", "ann@example.com", "password", password, "password_confirmation", "correct horse")));
        InvalidInputException shortPassword = invalid(ashlar, () -> ashlar.create(MEMBER, "register",
                Map.of("name", "Ann", "email", "ann@example.com", "password", "short", "password_confirmation", "short")));
        InvalidInputException missing = invalid(ashlar, () -> ashlar.create(MEMBER, "register",
                Map.of("name", "Ann", "email", "ann@example.com")));

        assertThat(codes(e, "password_confirmation")).containsExactly("confirmation");
        assertThat(e.getMessage()).doesNotContain(password);
        assertThat(codes(shortPassword, "password")).containsExactly("too_short");
        assertThat(codes(missing, "password")).containsExactly("required");
        assertThat(codes(missing, "password_confirmation")).containsExactly("required");
    }
}

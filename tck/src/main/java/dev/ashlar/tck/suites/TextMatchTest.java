package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.query.Filter.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.UnsupportedCapabilityException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import dev.ashlar.spi.Capability;
import dev.ashlar.tck.RequiresCapability;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text operators: {@code contains} and {@code startsWith} are case-sensitive everywhere (SQLite's LIKE is not),
 * LIKE wildcards in values are literal, the ignore-case operators and ci_string equality fold ASCII everywhere and
 * non-ASCII only with {@link Capability#UNICODE_CASE_FOLDING}.
 */
@Tck
class TextMatchTest {

    static final Resource WORD = Resource.define("Word", r -> r
            .table("words")
            .attributes(a -> a.uuidPrimaryKey("id").string("text").required().ciString("code"))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("text", "code")));

    static final Domain DOMAIN = Domain.define("text", d -> d.resources(WORD));

    private static Ashlar seeded(TckContext tck, String... texts) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String t : texts) {
            ashlar.create(WORD, Map.of("text", t, "code", t));
        }
        return ashlar;
    }

    private static List<String> texts(Ashlar ashlar, Filter filter) {
        return Rows.column(ashlar.read(Query.of(WORD).where(filter).sort(Sort.asc("text"))), "text");
    }

    @Test
    void containsIsCaseSensitive(TckContext tck) {
        Ashlar ashlar = seeded(tck, "abc", "ABC", "xabcx", "aBc");

        assertThat(texts(ashlar, where("text").contains("abc"))).containsExactly("abc", "xabcx");
        assertThat(texts(ashlar, where("text").contains("BC"))).containsExactly("ABC");
        assertThat(texts(ashlar, where("text").contains("b"))).containsExactly("abc", "xabcx");
    }

    @Test
    void startsWithIsCaseSensitive(TckContext tck) {
        Ashlar ashlar = seeded(tck, "abc", "ABC", "xabc", "abcdef");

        assertThat(texts(ashlar, where("text").startsWith("ABC"))).containsExactly("ABC");
        assertThat(texts(ashlar, where("text").startsWith("abc"))).containsExactly("abc", "abcdef");
        assertThat(texts(ashlar, where("text").startsWith("bc"))).isEmpty();
    }

    @Test
    void containsIsCaseSensitiveForNonAsciiToo(TckContext tck) {
        Ashlar ashlar = seeded(tck, "école", "ÉCOLE", "über");

        assertThat(texts(ashlar, where("text").contains("é"))).containsExactly("école");
        assertThat(texts(ashlar, where("text").startsWith("É"))).containsExactly("ÉCOLE");
        assertThat(texts(ashlar, where("text").contains("Ü"))).isEmpty();
    }

    @Test
    void wildcardCharactersInValuesAreLiteral(TckContext tck) {
        Ashlar ashlar = seeded(tck, "100%", "1000", "a_b", "axb", "back\\slash", "star*", "q?", "[x]", "x");

        assertThat(texts(ashlar, where("text").contains("0%"))).containsExactly("100%");
        assertThat(texts(ashlar, where("text").contains("_"))).containsExactly("a_b");
        assertThat(texts(ashlar, where("text").startsWith("a_"))).containsExactly("a_b");
        assertThat(texts(ashlar, where("text").contains("\\"))).containsExactly("back\\slash");
        assertThat(texts(ashlar, where("text").contains("*"))).containsExactly("star*");
        assertThat(texts(ashlar, where("text").contains("?"))).containsExactly("q?");
        assertThat(texts(ashlar, where("text").startsWith("[x"))).containsExactly("[x]");
        assertThat(texts(ashlar, where("text").containsIgnoreCase("_B"))).containsExactly("a_b");
        assertThat(texts(ashlar, where("text").equalsIgnoreCase("A_B"))).containsExactly("a_b");
    }

    @Test
    void emptyContainsMatchesEverything(TckContext tck) {
        Ashlar ashlar = seeded(tck, "a", "", "b");

        assertThat(texts(ashlar, where("text").contains(""))).containsExactly("", "a", "b");
        assertThat(texts(ashlar, where("text").startsWith(""))).containsExactly("", "a", "b");
    }

    @Test
    void equalsIgnoreCaseFoldsAscii(TckContext tck) {
        Ashlar ashlar = seeded(tck, "Hello", "hello!", "HELLO", "help");

        assertThat(texts(ashlar, where("text").equalsIgnoreCase("hELLo"))).containsExactly("HELLO", "Hello");
    }

    @Test
    void containsIgnoreCaseFoldsAscii(TckContext tck) {
        Ashlar ashlar = seeded(tck, "Green Tea", "TEAPOT", "coffee", "steam");

        assertThat(texts(ashlar, where("text").containsIgnoreCase("tEa"))).containsExactly("Green Tea", "TEAPOT", "steam");
    }

    @Test
    void ciStringEqualityIgnoresCase(TckContext tck) {
        Ashlar ashlar = seeded(tck, "Alice@Example.com", "bob@example.com");

        assertThat(texts(ashlar, where("code").eq("alice@example.COM"))).containsExactly("Alice@Example.com");
        assertThat(texts(ashlar, where("code").eq("BOB@EXAMPLE.COM"))).containsExactly("bob@example.com");
        assertThat(texts(ashlar, where("code").ne("ALICE@example.com"))).containsExactly("bob@example.com");
        assertThat(texts(ashlar, where("code").eq("alice"))).isEmpty();
    }

    @Test
    void ciStringKeepsTheCaseItWasGiven(TckContext tck) {
        Ashlar ashlar = seeded(tck, "MiXeD");

        assertThat(Rows.column(Rows.all(ashlar, WORD), "code")).containsExactly("MiXeD");
    }

    @Test
    @RequiresCapability(Capability.UNICODE_CASE_FOLDING)
    void ignoreCaseOperatorsFoldNonAsciiLetters(TckContext tck) {
        Ashlar ashlar = seeded(tck, "école", "ÜBER", "Straße", "ΣΊΣΥΦΟΣ");

        assertThat(texts(ashlar, where("text").equalsIgnoreCase("ÉCOLE"))).containsExactly("école");
        assertThat(texts(ashlar, where("text").containsIgnoreCase("über"))).containsExactly("ÜBER");
        assertThat(texts(ashlar, where("text").containsIgnoreCase("σίσυφ"))).containsExactly("ΣΊΣΥΦΟΣ");
        assertThat(texts(ashlar, where("code").eq("ÉCOLE"))).containsExactly("école");
    }

    @Test
    void nonAsciiIgnoreCaseIsFoldedOrRefusedNeverSilentlyWrong(TckContext tck) {
        Ashlar ashlar = seeded(tck, "école", "ÉCOLE", "ecole");

        List<String> matched = new java.util.ArrayList<>();
        Throwable thrown = catchThrowable(() -> matched.addAll(texts(ashlar, where("text").equalsIgnoreCase("École"))));

        if (tck.has(Capability.UNICODE_CASE_FOLDING)) {
            assertThat(thrown).isNull();
            assertThat(matched).containsExactly("ÉCOLE", "école");
        } else if (thrown != null) {
            assertThat(thrown).isInstanceOf(UnsupportedCapabilityException.class);
            assertThat(((UnsupportedCapabilityException) thrown).capability()).isEqualTo("UNICODE_CASE_FOLDING");
        } else {
            assertThat(matched).as("without UNICODE_CASE_FOLDING a non-ASCII ignore-case filter must fold correctly "
                    + "or raise UnsupportedCapabilityException, not silently match less").containsExactly("ÉCOLE", "école");
        }
    }
}

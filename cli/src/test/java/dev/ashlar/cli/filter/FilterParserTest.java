package dev.ashlar.cli.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.query.Filter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter language: what each construct becomes, and errors that point at the column. */
class FilterParserTest {

    @Test
    void comparisonsBecomeCompareFilters() {
        assertThat(FilterParser.parse("name == \"tea\"")).isEqualTo(Filter.where("name").eq("tea"));
        assertThat(FilterParser.parse("name != 'it''s'".replace("''", "\\'"))).isEqualTo(Filter.where("name").ne("it's"));
        assertThat(FilterParser.parse("views < 3")).isEqualTo(Filter.where("views").lt(3L));
        assertThat(FilterParser.parse("views <= -3")).isEqualTo(Filter.where("views").le(-3L));
        assertThat(FilterParser.parse("price > 4.50")).isEqualTo(Filter.where("price").gt(new BigDecimal("4.50")));
        assertThat(FilterParser.parse("pinned >= true")).isEqualTo(Filter.where("pinned").ge(true));
    }

    @Test
    void nilInListsAndContains() {
        assertThat(FilterParser.parse("bio is nil")).isEqualTo(new Filter.IsNil("bio"));
        assertThat(FilterParser.parse("bio is not nil")).isEqualTo(Filter.not(new Filter.IsNil("bio")));
        assertThat(FilterParser.parse("bio == nil")).isEqualTo(new Filter.IsNil("bio"));
        assertThat(FilterParser.parse("bio != nil")).isEqualTo(Filter.not(new Filter.IsNil("bio")));
        assertThat(FilterParser.parse("status in [\"a\", \"b\"]")).isEqualTo(Filter.where("status").in("a", "b"));
        assertThat(FilterParser.parse("status not in []")).isEqualTo(Filter.not(Filter.where("status").in(List.of())));
        assertThat(FilterParser.parse("title contains \"SQL\"")).isEqualTo(Filter.where("title").contains("SQL"));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        Filter a = Filter.where("a").eq(1L);
        Filter b = Filter.where("b").eq(2L);
        Filter c = Filter.where("c").eq(3L);
        assertThat(FilterParser.parse("a == 1 or b == 2 and c == 3"))
                .isEqualTo(new Filter.Or(List.of(a, new Filter.And(List.of(b, c)))));
        assertThat(FilterParser.parse("(a == 1 OR b == 2) and not c == 3"))
                .isEqualTo(new Filter.And(List.of(new Filter.Or(List.of(a, b)), Filter.not(c))));
    }

    @Test
    void errorsNameTheColumn() {
        assertThat(error("name == ")).isEqualTo("malformed filter at column 9: expected a value (a quoted string, "
                + "a number, true, false or nil), found the end of the filter");
        assertThat(error("name = 'x'")).startsWith("malformed filter at column 6: unexpected character '='")
                .contains("written ==");
        assertThat(error("(a == 1")).isEqualTo("malformed filter at column 8: expected ')', found the end of the "
                + "filter");
        assertThat(error("a == 1 b == 2")).startsWith("malformed filter at column 8: expected and, or");
        assertThat(error("name == tea")).contains("column 9").contains("quote text values: \"tea\"");
        assertThat(error("name == 'tea")).startsWith("malformed filter at column 9: string not closed");
        assertThat(error("author.name == 'x'")).startsWith("malformed filter at column 1: relationship paths");
        assertThat(error("a in [1, 2")).startsWith("malformed filter at column 11: expected ',' or ']'");
        assertThat(error("")).isEqualTo("malformed filter at column 1: the filter is empty");
        assertThat(error("a is 3")).contains("expected nil after is");
    }

    private static String error(String text) {
        FilterSyntaxException e = catchThrowableOfType(() -> FilterParser.parse(text), FilterSyntaxException.class);
        assertThat(e).as("parsed: " + text).isNotNull();
        return e.getMessage();
    }
}

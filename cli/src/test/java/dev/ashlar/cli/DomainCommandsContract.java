package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The realworld example's domain commands run through the real CLI against a real database, the same on every
 * dialect: the seed article's flow, every command kind, and bad input (one line on stderr, nothing on stdout, nothing
 * written). A dialect's test class provides the project (config and migrations root).
 */
abstract class DomainCommandsContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private TestProject project;

    /** A project for {@code dev.ashlar.examples.realworld.Realworld} whose database does not exist yet. */
    abstract TestProject project();

    /** Drops the database made by {@link #project()}. */
    abstract void dropDatabase();

    @BeforeEach
    void migrate() {
        project = project();
        ok(Cli.run(project, "codegen", "create_realworld"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));
    }

    @AfterEach
    void drop() {
        dropDatabase();
    }

    @Test
    void theSeedArticlesFlowWorks() throws Exception {
        Result users = ok(run("generate_user", "3"));
        JsonNode yaml = YAML.readTree(users.out());
        assertThat(yaml.isArray()).as(users.out()).isTrue();
        assertThat(yaml).hasSize(3);
        assertThat(fieldNames(yaml.get(0))).containsExactly("id", "email", "username", "bio", "inserted_at",
                "updated_at");
        assertThat(users.out()).doesNotContain("hashed_password").doesNotContain("pbkdf2");
        assertThat(yaml.get(0).get("inserted_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

        Result json = ok(run("generate_user", "2", "--format", "json"));
        JsonNode two = JSON.readTree(json.out());
        assertThat(two).hasSize(2);
        assertThat(json.out()).doesNotContain("hashed_password");
        String author = two.get(0).get("id").asText();

        Result articles = ok(run("generate_article", "3", "--actor", "User:" + author, "--format", "json"));
        assertThat(JSON.readTree(articles.out())).hasSize(3);
        String firstArticle = JSON.readTree(articles.out()).get(0).get("id").asText();
        String tag = JSON.readTree(ok(run("create_tag", "java", "--format", "json")).out()).get("id").asText();
        ok(run("tag_article", firstArticle, tag));

        Result listed = ok(run("list_articles", "--filter", "author_id == \"" + author + "\"", "--load", "tags",
                "--sort", "slug", "--format", "json"));
        JsonNode rows = JSON.readTree(listed.out());
        assertThat(rows).hasSize(3);
        for (JsonNode row : rows) {
            assertThat(row.get("author_id").asText()).isEqualTo(author);
            assertThat(row.get("tags").isArray()).isTrue();
        }
        List<String> tagNames = new ArrayList<>();
        rows.forEach(r -> r.get("tags").forEach(t -> tagNames.add(t.get("name").asText())));
        assertThat(tagNames).containsExactly("java");
        assertThat(listed.err()).isEmpty();

        Result byIdentity = ok(run("generate_article", "1", "--actor", "User:username="
                + two.get(1).get("username").asText()));
        assertThat(YAML.readTree(byIdentity.out()).get(0).get("author_id").asText())
                .isEqualTo(two.get(1).get("id").asText());
    }

    @Test
    void everyKindOfCommandRuns() throws Exception {
        JsonNode created = JSON.readTree(ok(run("create_tag", "databases", "--format", "json")).out());
        assertThat(created.get("name").asText()).isEqualTo("databases");

        JsonNode fromJson = JSON.readTree(ok(withStdin("{\"name\": \"testing\"}",
                () -> run("create_tag", "--input", "json", "--format", "json"))).out());
        assertThat(fromJson.get("name").asText()).isEqualTo("testing");
        JsonNode fromYaml = YAML.readTree(ok(withStdin("name: design\n", () -> run("create_tag", "--input", "yaml")))
                .out());
        assertThat(fromYaml.get("name").asText()).isEqualTo("design");
        ok(run("create_tag", "--set", "name=sqlite"));

        JsonNode page = JSON.readTree(ok(run("list_tags", "--sort", "-name", "--limit", "2", "--offset", "1",
                "--format", "json")).out());
        assertThat(page.findValuesAsText("name")).containsExactly("sqlite", "design");
        JsonNode filtered = JSON.readTree(ok(run("list_tags", "--filter",
                "name in [\"design\", \"sqlite\"] and not (name contains \"qli\") or name is nil",
                "--format", "json")).out());
        assertThat(filtered.findValuesAsText("name")).containsExactly("design");
        JsonNode fromStdinFilter = JSON.readTree(ok(withStdin("name >= \"t\"", () -> run("list_tags",
                "--filter-stdin", "--format", "json"))).out());
        assertThat(fromStdinFilter.findValuesAsText("name")).containsExactly("testing");

        JsonNode updated = JSON.readTree(ok(run("update_tag", "testing", "--set", "name=tests", "--format", "json"))
                .out());
        assertThat(updated.get("id").asText()).isEqualTo(fromJson.get("id").asText());
        assertThat(updated.get("name").asText()).isEqualTo("tests");
        JsonNode destroyed = JSON.readTree(ok(run("destroy_tag", "tests", "--format", "json")).out());
        assertThat(destroyed.get("name").asText()).isEqualTo("tests");
        failsWith(run("destroy_tag", "tests"), 1, "Tag not found for {name=tests}");

        JsonNode user = JSON.readTree(ok(run("generate_user", "1", "--format", "json")).out()).get(0);
        JsonNode got = JSON.readTree(ok(run("get_user", user.get("username").asText(), "--load", "articles",
                "--format", "json")).out());
        assertThat(got.get("id")).isEqualTo(user.get("id"));
        assertThat(got.get("articles").isArray()).isTrue();
        assertThat(got.has("hashed_password")).isFalse();
        String article = JSON.readTree(ok(run("generate_article", "1", "--actor", "User:" + user.get("id").asText(),
                "--load", "author", "--format", "json")).out()).get(0).get("id").asText();
        JsonNode withAuthor = JSON.readTree(ok(run("get_article", article, "--load", "author", "--format", "json"))
                .out());
        assertThat(withAuthor.get("author").get(0).get("username")).isEqualTo(user.get("username"));
        assertThat(withAuthor.get("author").get(0).has("hashed_password")).isFalse();

        Result table = ok(run("list_tags", "--format", "table", "--sort", "name"));
        assertThat(table.out().lines().toList()).hasSize(4).first().asString().startsWith("id").contains("name");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws Exception {
        ok(run("create_tag", "java"));
        String user = JSON.readTree(ok(run("generate_user", "1", "--format", "json")).out()).get(0).get("id")
                .asText();

        Result unknown = run("list_artcles");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("list_articles");
        assertThat(unknown.out()).isEmpty();

        failsWith(run("generate_user", "1", "2"), 2, "expected 1 positional argument (COUNT), got 2");
        failsWith(run("generate_article", "1"), 1, "actor");
        failsWith(run("generate_article", "1", "--actor", "User:" + java.util.UUID.randomUUID()), 1,
                "User not found");
        failsWith(run("generate_article", "1", "--actor", "Writer:1"), 1, "has no resource Writer");
        failsWith(run("generate_article", "1", "--actor", "nobody"), 2, "--actor takes RESOURCE:KEY");
        failsWith(run("list_articles", "--filter", "slug == "), 2, "malformed filter at column 9");
        failsWith(run("list_articles", "--filter", "(slug == \"a\""), 2, "expected ')'");
        failsWith(run("list_users", "--sort", "-hashed_password"), 2, "sensitive");
        failsWith(run("list_users", "--filter", "hashed_password != nil"), 2, "sensitive");
        failsWith(run("list_users", "--sort", "shoe_size"), 2, "has no attribute shoe_size");
        failsWith(run("list_articles", "--load", "likes"), 2, "has no relationship likes");
        failsWith(run("list_articles", "--load", "tags.articles"), 2, "nested loads are not supported");
        failsWith(withStdin("{\"name\": ", () -> run("create_tag", "--input", "json")), 2,
                "invalid JSON on stdin at line");
        failsWith(withStdin("- a\n- b\n", () -> run("create_tag", "--input", "yaml")), 2, "must be a map");
        failsWith(run("get_user", "nobody"), 1, "User not found for {username=nobody}");
        failsWith(run("create_tag", "java"), 1, "unique");

        assertThat(JSON.readTree(ok(run("list_tags", "--format", "json")).out())).hasSize(1);
        assertThat(JSON.readTree(ok(run("list_users", "--format", "json")).out())).hasSize(1);
        assertThat(JSON.readTree(ok(run("list_articles", "--format", "json")).out())).isEmpty();
        assertThat(user).isNotBlank();
    }

    @Test
    void helpListsTheDomainsCommandsWithTheirArguments() {
        Result help = ok(run("--help"));
        assertThat(help.out()).contains("generate_user").contains("Registers COUNT users").contains("list_articles")
                .contains("codegen");
        Result one = ok(run("generate_user", "--help"));
        assertThat(one.out()).contains("Usage: ashlar generate_user").contains("COUNT").contains("count: integer")
                .contains("--format").contains("--actor").contains("--config");
        Result list = ok(run("list_articles", "--help"));
        assertThat(list.out()).contains("--filter").contains("--sort").contains("--limit").contains("--offset")
                .contains("--load");
        assertThat(ok(run("get_user", "--help")).out()).contains("USERNAME").contains("identity unique_username");
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", project.config().toString(), "--root", project.root().toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    static Result withStdin(String text, java.util.function.Supplier<Result> command) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(previous);
        }
    }

    static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    static void failsWith(Result result, int exitCode, String message) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.err()).as(result.toString()).contains(message).startsWith("error: ");
        assertThat(result.err().lines().count()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).as(result.toString()).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

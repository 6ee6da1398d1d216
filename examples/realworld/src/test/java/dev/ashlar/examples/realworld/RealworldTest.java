package dev.ashlar.examples.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.action.PasswordHasher;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.Query;
import dev.ashlar.row.Row;
import dev.ashlar.seed.SeedReport;
import dev.ashlar.seed.SeedRun;
import dev.ashlar.seed.TableCount;
import dev.ashlar.test.AshlarExtension;
import dev.ashlar.test.TestDialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The realworld domain through its actions, on a fresh database per test (ashlar-test), migrated from the class path:
 * {@code db} on SQLite, {@code db-postgres} on PostgreSQL. {@link RealworldSqliteTest} and {@link RealworldPostgresTest}
 * run these tests on each dialect.
 */
abstract class RealworldTest {
    static AshlarExtension on(TestDialect dialect) {
        return AshlarExtension.forDomain(Realworld.DOMAIN).dialect(dialect)
                .migrationsFromClasspath(TestDialect.SQLITE, "db")
                .migrationsFromClasspath(TestDialect.POSTGRES, "db-postgres")
                .build();
    }

    @Test
    void registerWithPasswordStoresOnlyTheHashAndRefusesAMismatchedConfirmation(Ashlar ashlar) {
        Row ann = (Row) ashlar.call("register", Map.of("email", "ann@example.com", "username", "ann",
                "password", "correct horse", "password_confirmation", "correct horse"));
        assertThat(PasswordHasher.verify("correct horse", ann.getString("hashed_password"))).isTrue();
        assertThat(ann.toString()).doesNotContain(ann.getString("hashed_password")).doesNotContain("correct horse");

        assertThatThrownBy(() -> ashlar.call("register", Map.of("email", "bo@example.com", "username", "bo_b",
                "password", "correct horse", "password_confirmation", "wrong horse")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.path()).containsExactly("password_confirmation"))
                .hasMessageNotContaining("horse");
    }

    @Test
    void anArticleIsPublishedByTheActor(Ashlar ashlar) {
        Row ann = new RealworldGenerators(dev.ashlar.generator.Generation.seeded(1), ashlar).users().generate();
        Row article = ashlar.as(ann).create(Realworld.ARTICLE, "publish", Map.of("slug", "hello-world",
                "title", "Hello, world", "body", "First post."));
        assertThat(article.getUuid("author_id")).isEqualTo(ann.getUuid("id"));
    }

    @Test
    void theSeedsMakeUsersArticlesTagsAndCommentsThroughTheActions(Ashlar ashlar) {
        SeedReport report = SeedRun.run(ashlar, new RealworldSeeds(), 42);

        assertThat(report.tables()).extracting(TableCount::table, TableCount::created).containsExactly(
                org.assertj.core.groups.Tuple.tuple("users", 10L), org.assertj.core.groups.Tuple.tuple("articles", 30L),
                org.assertj.core.groups.Tuple.tuple("tags", 8L), org.assertj.core.groups.Tuple.tuple("article_tags", 60L),
                org.assertj.core.groups.Tuple.tuple("comments", 60L));
        List<Row> users = ashlar.read(Query.of(Realworld.USER));
        assertThat(users).allSatisfy(u -> assertThat(u.getString("hashed_password")).startsWith("pbkdf2"));

        Map<UUID, Long> articlesPerAuthor = ashlar.read(Query.of(Realworld.ARTICLE)).stream()
                .collect(Collectors.groupingBy(a -> a.getUuid("author_id"), Collectors.counting()));
        assertThat(articlesPerAuthor).hasSize(10).allSatisfy((author, count) -> assertThat(count).isEqualTo(3L));

        List<Row> links = ashlar.read(Query.of(Realworld.ARTICLE_TAG));
        Map<UUID, Set<UUID>> tagsPerArticle = links.stream().collect(Collectors.groupingBy(
                l -> l.getUuid("article_id"), Collectors.mapping(l -> l.getUuid("tag_id"), Collectors.toSet())));
        assertThat(tagsPerArticle).hasSize(30).allSatisfy((article, tags) -> assertThat(tags).hasSize(2));

        Set<UUID> userIds = users.stream().map(u -> u.getUuid("id")).collect(Collectors.toSet());
        assertThat(ashlar.read(Query.of(Realworld.COMMENT))).hasSize(60)
                .allSatisfy(c -> assertThat(userIds).as("the actor is the author").contains(c.getUuid("author_id")));
    }
}

package dev.ashlar.examples.realworld;

import dev.ashlar.AshlarView;
import dev.ashlar.action.ActionInput;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.generator.ChangesetGenerator;
import dev.ashlar.generator.Gen;
import dev.ashlar.generator.Generation;
import dev.ashlar.row.Row;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generators for every resource of {@link Realworld}, all through its actions (so passwords are hashed, slugs and
 * lengths validated, authors taken from the actor). Fields not named here are filled from the declaration.
 */
public final class RealworldGenerators {
    private static final List<String> TAG_NAMES =
            List.of("java", "databases", "sqlite", "postgresql", "testing", "design", "performance", "security");

    private final Generation generation;
    private final AshlarView ashlar;

    public RealworldGenerators(Generation generation, AshlarView ashlar) {
        this.generation = generation;
        this.ashlar = ashlar;
    }

    /** Users registered with a password (and its confirmation, filled in by the generator). */
    public ChangesetGenerator users() {
        return generation.changeset(ashlar, Realworld.USER, "register_with_password")
                .defaults(Map.of(
                        "email", Gen.faker(f -> f.internet().emailAddress()),
                        "username", Gen.faker(f -> f.credentials().username()),
                        "bio", Gen.optional(Gen.faker(f -> f.lorem().sentence(12)))))
                .build();
    }

    /** Articles, {@code perAuthor} consecutive ones published by each of {@code authors}. */
    public ChangesetGenerator articles(List<Row> authors, int perAuthor) {
        return generation.changeset(ashlar, Realworld.ARTICLE, "publish")
                .uses("author", authors, perAuthor)
                .actorFromUsed("author")
                .defaults(Map.of(
                        "title", Gen.faker(f -> f.book().title()),
                        // An identity: the generator draws again on a repeat, so slugs never collide.
                        "slug", Gen.faker(f -> f.lorem().word() + "-" + f.lorem().word() + "-" + f.number().digits(6)),
                        "description", Gen.faker(f -> f.lorem().sentence()),
                        "body", Gen.faker(f -> String.join("\n\n", f.lorem().paragraphs(3)))))
                .build();
    }

    /** Tags with distinct names, at most as many as {@link #TAG_NAMES}. */
    public ChangesetGenerator tags() {
        return generation.changeset(ashlar, Realworld.TAG, "create")
                .defaults(Map.of("name", Gen.sequence("tag", i -> TAG_NAMES.get((int) (i % TAG_NAMES.size()))
                        .toLowerCase(Locale.ROOT))))
                .build();
    }

    /** Join rows: {@code perArticle} consecutive rows per article, each with the next tag. */
    public ChangesetGenerator articleTags(List<Row> articles, int perArticle, List<Row> tags) {
        return generation.changeset(ashlar, Realworld.ARTICLE_TAG, "create")
                .uses("article", articles, perArticle)
                .uses("tag", tags)
                .defaults(Map.of("article_id", Gen.used("article", "id"), "tag_id", Gen.used("tag", "id")))
                .build();
    }

    /** Comments, {@code perArticle} per article, each posted by the next of {@code authors}. */
    public ChangesetGenerator comments(List<Row> articles, int perArticle, List<Row> authors) {
        return generation.changeset(ashlar, Realworld.COMMENT, "post")
                .uses("article", articles, perArticle)
                .uses("author", authors)
                .actorFromUsed("author")
                .defaults(Map.of("article_id", Gen.used("article", "id"),
                        "body", Gen.faker(f -> f.lorem().sentence(8))))
                .build();
    }

    /** Generators seeded from {@code ASHLAR_SEED} when set (to replay a run), else randomly. */
    static RealworldGenerators fromEnvironment(AshlarView ashlar) {
        return new RealworldGenerators(Generation.fromEnvironment(), ashlar);
    }

    /** The {@code count} argument of a generate action, which the action declares as a required integer. */
    static int count(ActionInput in, String resource) {
        long count = in.<Long>argument("count");
        if (count < 0 || count > 10_000) {
            throw new InvalidInputException(resource, "generate", List.of(
                    new FieldError("count", "out_of_range", "must be between 0 and 10000")));
        }
        return (int) count;
    }

    /** The actor of a generate action that publishes as someone: a user row (e.g. {@code --actor User:<id>}). */
    static Row author(ActionInput in) {
        if (in.actor() instanceof Row row && row.resource().equals(Realworld.USER.name())) {
            return row;
        }
        throw new InvalidInputException(Realworld.ARTICLE.name(), "generate", List.of(new FieldError("actor",
                "actor_required", "needs a user as actor (on the command line: --actor User:<id>)")));
    }

    static int tagNames() {
        return TAG_NAMES.size();
    }
}

package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.AshlarView;
import dev.ashlar.action.Changes;
import dev.ashlar.action.Validations;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.generator.ChangesetGenerator;
import dev.ashlar.generator.Gen;
import dev.ashlar.generator.Generation;
import dev.ashlar.generator.GeneratorException;
import dev.ashlar.generator.Progress;
import dev.ashlar.generator.SeedGenerator;
import dev.ashlar.generator.ValueGenerator;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generators make rows through a resource's create action (bulk create in batches), so every row passes its casts
 * and validations; values follow the seed identically on every dialect; related rows, the direct seed path and
 * bad input behave the same everywhere.
 */
@Tck
class GeneratorTest {
    static final String EMAIL_REGEX = "[a-z]{3,8}\\.[a-z]{2,6}[0-9]{0,3}@example\\.(com|org)";

    static final Resource MEMBER = Resource.define("Member", r -> r
            .table("gen_members")
            .attributes(a -> a.uuidPrimaryKey("id").string("name", 80).required().ciString("email").required()
                    .text("bio").enumOf("role", "reader", "writer", "admin").required().defaultTo("reader")
                    .integer("age").decimal("balance", 8, 2).uuid("invited_by").bool("newsletter")
                    .string("pin", 20).sensitive())
            .identity("unique_email", "email")
            .validate(Validations.length("name", 3, 80))
            .validate(Validations.match("email", EMAIL_REGEX, "must be a company address"))
            .validate(Validations.range("age", 18, 120))
            .validate(Validations.compare("balance", Filter.Op.GE, 0))
            .validate(Validations.length("bio", 10, 300))
            .validate(cs -> {
                if ("a forbidden biography".equals(cs.value("bio"))) {
                    cs.addError("bio", "forbidden", "is not allowed");
                }
            })
            .actions(x -> x.defaults(CREATE, READ)
                    .defaultAccept("name", "email", "bio", "role", "age", "balance", "newsletter", "pin")
                    .create("invite", c -> c.accept("name", "email", "role", "age")
                            .change(Changes.relateActor("invited_by")))
                    // Reads its context in a validation, a change and an after hook (see theActionReadsItsContext...).
                    .create("import", c -> c.accept("name", "email", "role")
                            .change(Changes.relateActor("invited_by"))
                            .validate(cs -> {
                                if (cs.context().get("source") == null) {
                                    cs.addError("source", "required", "an import needs a source in its context");
                                }
                            })
                            .change(cs -> cs.set("bio", "imported from " + cs.context().get("source")))
                            .after((cs, member) -> {
                                if (Boolean.TRUE.equals(cs.context().get("welcome"))) {
                                    cs.ashlar().as(member).create(cs.ashlar().domain().require("Article"), "publish",
                                            Map.of("title", "Welcome from " + cs.context().get("source")));
                                }
                            }))
                    .generic("context_of_call", g -> g.run(in -> in.context()))
                    .generic("generate_members", g -> g.requiredArgument("count", AttributeType.integer())
                            .run(in -> Generation.seeded(7).changeset(in.ashlar(),
                                            in.ashlar().domain().require("Member")).progress(p -> { }).build()
                                    .generateMany(in.<Long>argument("count").intValue())))));

    static final Resource ARTICLE = Resource.define("Article", r -> r
            .table("gen_articles")
            .attributes(a -> a.uuidPrimaryKey("id").string("title", 120).required().uuid("author_id").required())
            .actions(x -> x.defaults(CREATE, READ).create("publish", c -> c.accept("title")
                    .change(Changes.relateActor("author_id")))));

    static final Resource TAG = Resource.define("Tag", r -> r
            .table("gen_tags")
            .attributes(a -> a.uuidPrimaryKey("id").string("label", 30).required().decimal("weight", 5, 2)
                    .timestamps())
            .identity("unique_label", "label")
            .validate(Validations.length("label", 50, 60))   // the seed path bypasses validations
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("label")));

    static final Resource ARTICLE_TAG = Resource.define("ArticleTag", r -> r
            .table("gen_article_tags")
            .attributes(a -> a.uuidPrimaryKey("id").uuid("article_id").required().uuid("tag_id").required())
            .identity("unique_article_tag", "article_id", "tag_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("article_id", "tag_id")));

    static final Resource OUTSIDER = Resource.define("Outsider", r -> r
            .table("gen_outsiders")
            .attributes(a -> a.uuidPrimaryKey("id").string("name"))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    static final Domain DOMAIN = Domain.define("generators",
            d -> d.resources(MEMBER, ARTICLE, TAG, ARTICLE_TAG));

    /** The digest of 50 members made with seed 20261202 (see {@link #aFixedSeedGivesTheSameValuesOnEveryDialect}). */
    static final String SEEDED_DIGEST = "b0b8ea07299384f3b093b19d95f46a34bd70be5c2ff7142b6dafd5d22f3a3592";

    private static ChangesetGenerator.Builder members(Generation generation, Ashlar ashlar) {
        return generation.changeset(ashlar, MEMBER, "create")
                .defaults(Map.of("name", Gen.faker(f -> f.name().fullName()),
                        "bio", Gen.faker(f -> f.lorem().sentence(12))))
                .progress(p -> { });
    }

    @Test
    void sixHundredMembersInTwoBatchesWithASharedActorAndAnOverrideAreAllValid(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row inviter = members(Generation.seeded(1), ashlar).build().generate();
        List<Progress> reports = new ArrayList<>();

        List<Row> rows = Generation.seeded(2).changeset(ashlar, MEMBER, "invite")
                .actor(inviter).override("role", "writer").progress(reports::add).build()
                .generateMany(600);

        assertThat(rows).hasSize(600);
        assertThat(reports).extracting(Progress::done).containsExactly(500L, 600L);
        assertThat(reports).extracting(Progress::finished).containsExactly(false, true);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getUuid("invited_by")).isEqualTo(inviter.getUuid("id"));
            assertThat(row.getString("role")).isEqualTo("writer");
            assertThat(row.getString("email")).matches(EMAIL_REGEX);
            assertThat(row.getString("name").length()).isBetween(3, 80);
        });
        assertThat(rows).filteredOn(row -> row.get("age") != null)
                .allSatisfy(row -> assertThat(row.getLong("age")).isBetween(18L, 120L))
                .hasSizeBetween(400, 560);   // optional: nil about one time in five
        assertThat(rows.stream().map(row -> row.getString("email").toLowerCase()).distinct()).hasSize(600);
        assertThat(ashlar.read(Query.of(MEMBER))).hasSize(601);
    }

    @Test
    void fieldsWithoutDefaultsFitTheirTypesAndRules(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        List<Row> rows = Generation.seeded(3).changeset(ashlar, MEMBER, "create").progress(p -> { }).build()
                .generateMany(300);

        assertThat(rows).filteredOn(row -> row.get("balance") != null).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getDecimal("balance")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(row.getDecimal("balance").scale()).isEqualTo(2);
        });
        assertThat(rows).filteredOn(row -> row.get("bio") != null)
                .allSatisfy(row -> assertThat(row.getString("bio").length()).isBetween(10, 300));
        assertThat(rows).extracting(row -> row.getString("role")).containsOnly("reader", "writer", "admin");
        assertThat(rows).filteredOn(row -> row.get("pin") != null)
                .allSatisfy(row -> assertThat(row.getString("pin").length()).isBetween(1, 20));
    }

    @Test
    void aGeneratorWhoseValuesFailARuleNamesTheFieldAndTheRule(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        GeneratorException tooShort = catchThrowableOfType(GeneratorException.class, () ->
                members(Generation.seeded(4), ashlar).override("name", "Al").build().generateMany(10));

        assertThat(tooShort.getMessage()).contains("Member.create", "field name", "Length", "min=3")
                .doesNotContain("\"Al\"", " Al ");
        assertThat(ashlar.read(Query.of(MEMBER))).isEmpty();
    }

    @Test
    void aRefusedBatchWritesNothingOfItAndNamesTheInputIndex(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ChangesetGenerator generator = members(Generation.seeded(5), ashlar)
                .override("bio", (dev.ashlar.generator.ValueGenerator<String>) d ->
                        d.index() == 130 ? "a forbidden biography" : "a harmless biography")
                .override("pin", "1234-secret")
                .batchSize(50).build();

        GeneratorException refused = catchThrowableOfType(GeneratorException.class,
                () -> generator.generateMany(200));

        assertThat(refused.getMessage()).contains("input [130]", "[100..149]", "bio", "is not allowed")
                .doesNotContain("1234-secret");
        assertThat(ashlar.read(Query.of(MEMBER))).hasSize(100);
    }

    @Test
    void aFixedSeedGivesTheSameValuesOnEveryDialect(TckContext tck) throws Exception {
        Ashlar ashlar = tck.open(DOMAIN);

        List<Row> rows = members(Generation.seeded(20261202), ashlar).build().generateMany(50);

        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Row row : rows) {
            for (String field : List.of("name", "email", "bio", "role", "age", "balance", "newsletter", "pin")) {
                Object v = row.get(field);
                sha.update((field + "=" + (v instanceof BigDecimal d ? d.toPlainString() : v) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        System.out.println("GeneratorTest seeded digest " + digest);
        assertThat(digest).isEqualTo(SEEDED_DIGEST);
    }

    @Test
    void tenThousandMembersGetUniqueEmails(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        AtomicLong count = new AtomicLong();
        members(Generation.seeded(6), ashlar).batchSize(1_000).build().generateMany(10_000L, row -> count.incrementAndGet());

        assertThat(count).hasValue(10_000);
        assertThat(ashlar.read(Query.of(MEMBER)).stream().map(r -> r.getString("email").toLowerCase()).distinct())
                .hasSize(10_000);
    }

    @Test
    void articlesUseTheirAuthorsAsActorsAndJoinRowsUseArticlesAndTags(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Generation generation = Generation.seeded(8);
        List<Row> authors = members(generation, ashlar).build().generateMany(4);

        List<Row> articles = generation.changeset(ashlar, ARTICLE, "publish")
                .uses("author", authors, 3).actorFromUsed("author").progress(p -> { }).build()
                .generateMany(12);
        List<Row> tags = generation.seedRows(ashlar, TAG).progress(p -> { }).build().generateMany(3);
        List<Row> links = generation.changeset(ashlar, ARTICLE_TAG).uses("article", articles, 2).uses("tag", tags)
                .defaults(Map.of("article_id", Gen.used("article", "id"), "tag_id", Gen.used("tag", "id")))
                .progress(p -> { }).build().generateMany(24);

        for (int i = 0; i < 12; i++) {
            assertThat(articles.get(i).getUuid("author_id")).isEqualTo(authors.get(i / 3).getUuid("id"));
        }
        assertThat(links).hasSize(24);
        assertThat(links.stream().map(l -> l.getUuid("article_id") + "/" + l.getUuid("tag_id")).distinct())
                .hasSize(24);
        assertThat(ashlar.read(Query.of(ARTICLE_TAG).where(Filter.where("article_id")
                .eq(articles.get(0).getUuid("id"))))).hasSize(2);
    }

    @Test
    void theSeedPathWritesWithoutTheActionCastingValues(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        List<Row> tags = Generation.seeded(9).seedRows(ashlar, TAG)
                .defaults(Map.of("weight", "4.5", "label", Gen.sequence("tag", i -> "tag-" + i)))
                .progress(p -> { }).build().generateMany(5);

        assertThat(tags).extracting(t -> t.getString("label")).containsExactly("tag-0", "tag-1", "tag-2", "tag-3",
                "tag-4");   // shorter than the create action's length rule allows: no action ran
        assertThat(tags).allSatisfy(t -> {
            assertThat(t.getDecimal("weight")).isEqualByComparingTo("4.50");
            assertThat(t.getInstant("inserted_at")).isNotNull();
        });
        assertThat(ashlar.read(Query.of(TAG).sort(Sort.asc("label")))).containsExactlyElementsOf(tags);
    }

    @Test
    void aGenericActionCanWrapAGenerator(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Object made = ashlar.run(MEMBER, "generate_members", Map.of("count", 7));

        assertThat(made).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(7);
        assertThat(ashlar.read(Query.of(MEMBER))).hasSize(7);
    }

    @Test
    void badInputIsRefusedWithClearErrors(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Generation generation = Generation.seeded(10);

        DeclarationException unknown = catchThrowableOfType(DeclarationException.class, () ->
                generation.changeset(ashlar, MEMBER, "invite").defaults(Map.of("nickname", "x"))
                        .override("bio", "y").build());
        DeclarationException outside = catchThrowableOfType(DeclarationException.class, () ->
                generation.changeset(ashlar, OUTSIDER));
        DeclarationException read = catchThrowableOfType(DeclarationException.class, () ->
                generation.changeset(ashlar, MEMBER, "read").build());
        GeneratorException negative = catchThrowableOfType(GeneratorException.class, () ->
                members(generation, ashlar).build().generateMany(-1));

        assertThat(unknown.problems()).hasSize(2);
        assertThat(unknown.getMessage()).contains("Member.invite.nickname", "Member.invite.bio", "defaults",
                "overrides");
        assertThat(outside.getMessage()).contains("Outsider", "not a resource of domain generators");
        assertThat(read.getMessage()).contains("Member", "read action", "create action");
        assertThat(negative.getMessage()).contains("negative", "-1");
    }

    @Test
    void theAfterActionStepGetsEveryWrittenRowInOrderAndItsResultIsReturned(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        AtomicInteger calls = new AtomicInteger();
        ChangesetGenerator generator = members(Generation.seeded(11), ashlar).batchSize(2)
                .afterAction(member -> {
                    calls.incrementAndGet();
                    Row article = ashlar.as(member).create(ARTICLE, "publish",
                            Map.of("title", "First post of " + member.getString("name")));
                    return member.withRelated("articles", List.of(article));
                })
                .build();

        Row one = generator.generate();
        List<Row> many = generator.generateMany(5);   // three batches of at most 2

        assertThat(calls).hasValue(6);
        assertThat(one.related("articles")).singleElement()
                .satisfies(a -> assertThat(a.getUuid("author_id")).isEqualTo(one.getUuid("id")));
        assertThat(many).hasSize(5).allSatisfy(member -> assertThat(member.related("articles")).singleElement()
                .satisfies(a -> {
                    assertThat(a.getUuid("author_id")).isEqualTo(member.getUuid("id"));
                    assertThat(a.getString("title")).isEqualTo("First post of " + member.getString("name"));
                }));
        List<UUID> stored = ashlar.read(Query.of(ARTICLE)).stream().map(a -> a.getUuid("author_id")).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(one), many.stream())
                        .map(m -> m.getUuid("id")).toList());
    }

    @Test
    void aFailingAfterActionStepWritesNothingOfItsBatch(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ChangesetGenerator generator = members(Generation.seeded(12), ashlar).batchSize(3)
                .afterAction(member -> {
                    if (ashlar.read(Query.of(MEMBER)).size() > 4) {   // inside the batch's transaction
                        ashlar.as(member).create(ARTICLE, "publish", Map.of());   // title is required: refused
                    }
                    return member;
                })
                .build();

        GeneratorException refused = catchThrowableOfType(GeneratorException.class, () -> generator.generateMany(9));

        assertThat(refused.getMessage()).contains("Member.create", "[3..5]", "nothing of it was written");
        assertThat(ashlar.read(Query.of(MEMBER))).as("the first batch stays, the second rolled back").hasSize(3);
        assertThat(ashlar.read(Query.of(ARTICLE))).isEmpty();
    }

    @Test
    void aGeneratorCanUseAFreshRowOfAnotherGeneratorForEveryRow(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Generation generation = Generation.seeded(13);
        ChangesetGenerator authors = members(generation, ashlar).build();

        List<Row> articles = generation.changeset(ashlar, ARTICLE, "publish")
                .uses("author", authors).actorFromUsed("author")
                .defaults(Map.of("title", (ValueGenerator<String>) d -> "By " + d.used("author").getString("name")))
                .batchSize(4).progress(p -> { }).build()
                .generateMany(10);

        Map<UUID, Row> members = ashlar.read(Query.of(MEMBER)).stream()
                .collect(Collectors.toMap(m -> m.getUuid("id"), Function.identity()));
        assertThat(members).as("one fresh author per article").hasSize(10);
        assertThat(articles.stream().map(a -> a.getUuid("author_id")).distinct()).hasSize(10);
        assertThat(articles).allSatisfy(a -> {
            Row author = members.get(a.getUuid("author_id"));
            assertThat(author).as("the author is a stored member").isNotNull();
            assertThat(a.getString("title")).isEqualTo("By " + author.getString("name"));
        });
    }

    @Test
    void theActionReadsItsContextFromTheViewAndFromTheGenerator(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row inviter = members(Generation.seeded(14), ashlar).build().generate();
        Map<String, Object> newcomer = Map.of("name", "Grace Hopper", "email", "grace.hopper@example.com");

        InvalidInputException noContext = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.as(inviter).create(MEMBER, "import", newcomer));
        AshlarView crm = ashlar.as(inviter).withContext(Map.of("source", "crm", "welcome", true));
        Row grace = crm.create(MEMBER, "import", newcomer);
        List<Row> generated = Generation.seeded(15).changeset(ashlar.as(inviter), MEMBER, "import")
                .context(Map.of("source", "generator")).batchSize(2).progress(p -> { }).build()
                .generateMany(3);
        Row bulk = ashlar.withContext(Map.of("source", "bulk")).as(inviter)
                .bulkCreate(MEMBER, "import", List.of(Map.of("name", "Alan Turing", "email", "alan.turing@example.org")),
                        dev.ashlar.action.BulkOptions.atomicBatches()).orThrow().get(0);

        assertThat(noContext.errors()).extracting(e -> e.path()).containsExactly("source");
        assertThat(grace.getString("bio")).isEqualTo("imported from crm");
        assertThat(grace.getUuid("invited_by")).as("withContext keeps the actor").isEqualTo(inviter.getUuid("id"));
        assertThat(ashlar.read(Query.of(ARTICLE))).singleElement().satisfies(a -> {
            assertThat(a.getString("title")).isEqualTo("Welcome from crm");
            assertThat(a.getUuid("author_id")).isEqualTo(grace.getUuid("id"));
        });
        assertThat(generated).hasSize(3).allSatisfy(m -> {
            assertThat(m.getString("bio")).isEqualTo("imported from generator");
            assertThat(m.getUuid("invited_by")).isEqualTo(inviter.getUuid("id"));
        });
        assertThat(bulk.getString("bio")).as("as(actor) keeps the context").isEqualTo("imported from bulk");
        assertThat(bulk.getUuid("invited_by")).isEqualTo(inviter.getUuid("id"));
        assertThat(ashlar.withContext(Map.of("source", "ops")).run(MEMBER, "context_of_call", Map.of()))
                .isEqualTo(Map.of("source", "ops"));
        assertThat(ashlar.context()).isEmpty();
        assertThat(crm.toString()).contains("source", "welcome").doesNotContain("crm");
    }

    @Test
    void aContextWithANullKeyIsRefusedAsInvalidInput(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> nullKey = new java.util.HashMap<>();
        nullKey.put(null, "x");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.withContext(nullKey));

        assertThat(refused.getMessage()).contains("null key");
    }

    @Test
    void bothKindsOfGeneratorTellTheirSeed(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Generation generation = Generation.seeded(16);

        ChangesetGenerator changesets = members(generation, ashlar).build();
        SeedGenerator seeds = generation.seedRows(ashlar, TAG).progress(p -> { }).build();

        assertThat(changesets.seed()).isEqualTo(16L);
        assertThat(seeds.seed()).isEqualTo(16L);
        assertThat(seeds.toString()).contains("Tag", "seed=16");
    }
}

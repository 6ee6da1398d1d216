package dev.ashlar.examples.realworld;

import dev.ashlar.generator.Generation;
import dev.ashlar.row.Row;
import dev.ashlar.seed.SeedContext;
import dev.ashlar.seed.Seeds;
import java.util.List;

/**
 * The realworld seed data, made by generators only (no hand-written rows): 10 users, 3 articles each, every tag, 2
 * tags per article and 2 comments per article by the users in turn. The same seed number makes the same data.
 */
public final class RealworldSeeds implements Seeds {
    static final int USERS = 10;
    static final int ARTICLES_PER_USER = 3;
    static final int TAGS_PER_ARTICLE = 2;
    static final int COMMENTS_PER_ARTICLE = 2;

    @Override
    public void seed(SeedContext context) {
        RealworldGenerators generators = new RealworldGenerators(Generation.seeded(context.seed()), context.ashlar());
        List<Row> users = generators.users().generateMany(USERS);
        List<Row> articles = generators.articles(users, ARTICLES_PER_USER).generateMany(USERS * ARTICLES_PER_USER);
        List<Row> tags = generators.tags().generateMany(RealworldGenerators.tagNames());
        generators.articleTags(articles, TAGS_PER_ARTICLE, tags).generateMany(articles.size() * TAGS_PER_ARTICLE);
        generators.comments(articles, COMMENTS_PER_ARTICLE, users).generateMany(articles.size() * COMMENTS_PER_ARTICLE);
    }
}

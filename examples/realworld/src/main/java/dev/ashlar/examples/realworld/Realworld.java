package dev.ashlar.examples.realworld;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;

import dev.ashlar.action.Changes;
import dev.ashlar.action.Validations;
import dev.ashlar.domain.Domain;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import java.util.List;

/** The realworld domain. The CLI finds it through the config file's {@code domain:} key. */
public final class Realworld {
    private Realworld() {
    }

    public static final Resource USER = Resource.define("User", r -> r
            .table("users")
            .attributes(a -> a.uuidPrimaryKey("id")
                    .ciString("email").required()
                    .string("username", 40).required()
                    .text("bio")
                    .string("hashed_password").required().sensitive().notWritable()
                    .timestamps())
            .identity("unique_email", "email")
            .identity("unique_username", "username")
            .validate(Validations.match("email", "[^@\\s]+@[^@\\s]+", "must be an email address"))
            .validate(Validations.length("username", 3, 40))
            .hasMany("articles", "Article", "author_id")
            .actions(x -> x.defaults(READ)
                    // The password and its confirmation are arguments, never stored: only the hash is.
                    .create("register_with_password", c -> c.accept("email", "username", "bio")
                            .sensitiveArgument("password", AttributeType.string(72))
                            .sensitiveArgument("password_confirmation", AttributeType.string(72))
                            .validate(Validations.length("password", 8, 72))
                            .validate(Validations.confirm("password", "password_confirmation"))
                            .change(Changes.hash("password", "hashed_password")))
                    // `ashlar generate_user 3`: registers COUNT users through the generator (ASHLAR_SEED replays).
                    .generic("generate", g -> g.requiredArgument("count", AttributeType.integer())
                            .run(in -> RealworldGenerators.fromEnvironment(in.ashlar()).users()
                                    .generateMany(RealworldGenerators.count(in, "User"))))));

    public static final Resource ARTICLE = Resource.define("Article", r -> r
            .table("articles")
            .attributes(a -> a.uuidPrimaryKey("id")
                    .string("slug", 120).required()
                    .string("title", 120).required()
                    .string("description", 255)
                    .text("body").required()
                    .timestamps())
            .identity("unique_slug", "slug")
            .validate(Validations.match("slug", "[a-z0-9]+(-[a-z0-9]+)*", "must be lower-case words joined by -"))
            .validate(Validations.length("title", 3, 120))
            .belongsTo("author", "User", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .hasMany("comments", "Comment", "article_id")
            .manyToMany("tags", "Tag", "ArticleTag", "article_id", "tag_id")
            .actions(x -> x.defaults(READ)
                    // The author is whoever publishes: ashlar.as(user).create(ARTICLE, "publish", ...).
                    .create("publish", c -> c.accept("slug", "title", "description", "body")
                            .change(Changes.relateActor("author_id")))
                    // `ashlar generate_article 3 --actor User:<id>`: COUNT articles published by the actor.
                    .generic("generate", g -> g.requiredArgument("count", AttributeType.integer())
                            .run(in -> RealworldGenerators.fromEnvironment(in.ashlar())
                                    .articles(List.of(RealworldGenerators.author(in)),
                                            RealworldGenerators.count(in, "Article"))
                                    .generateMany(RealworldGenerators.count(in, "Article"))))));

    public static final Resource TAG = Resource.define("Tag", r -> r
            .table("tags")
            .attributes(a -> a.uuidPrimaryKey("id").string("name", 40).required())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("name")));

    public static final Resource ARTICLE_TAG = Resource.define("ArticleTag", r -> r
            .table("article_tags")
            .attributes(a -> a.uuidPrimaryKey("id"))
            .belongsTo("article", "Article", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .belongsTo("tag", "Tag", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .identity("unique_article_tag", "article_id", "tag_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("article_id", "tag_id")));

    public static final Resource COMMENT = Resource.define("Comment", r -> r
            .table("comments")
            .attributes(a -> a.uuidPrimaryKey("id").text("body").required().timestamps())
            .validate(Validations.length("body", 1, 2000))
            .belongsTo("article", "Article", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .belongsTo("author", "User", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .actions(x -> x.defaults(READ)
                    .create("post", c -> c.accept("article_id", "body").change(Changes.relateActor("author_id")))));

    public static final Domain DOMAIN = Domain.define("realworld", d -> d
            .resources(USER, ARTICLE, TAG, ARTICLE_TAG, COMMENT)
            .codeInterface("register", USER, "register_with_password")
            .codeInterface("get_user_by_email", USER, "read", c -> c.getBy("email"))
            // The ashlar commands of the domain (README, "Operations from the command line").
            .commands(c -> c
                    .action("generate_user", USER, "generate", o -> o.positionals("count")
                            .description("Registers COUNT users with generated names and passwords."))
                    .action("generate_article", ARTICLE, "generate", o -> o.positionals("count")
                            .description("Publishes COUNT generated articles as the actor (--actor User:<id>)."))
                    .get("get_user", USER, "read", o -> o.identity("unique_username")
                            .description("Shows the user with this username."))
                    .list("list_users", USER, "read", o -> o.description("Lists users."))
                    .get("get_article", ARTICLE, "read", o -> o.description("Shows the article with this id."))
                    .list("list_articles", ARTICLE, "read", o -> o.description("Lists articles."))
                    .create("create_tag", TAG, "create", o -> o.positionals("name").description("Creates a tag."))
                    .list("list_tags", TAG, "read", o -> o.description("Lists tags."))
                    .create("tag_article", ARTICLE_TAG, "create", o -> o.positionals("article_id", "tag_id")
                            .description("Tags an article."))
                    .update("update_tag", TAG, "update", o -> o.identity("unique_name")
                            .description("Changes the tag with this name (--set name=...)."))
                    .destroy("destroy_tag", TAG, "destroy", o -> o.identity("unique_name")
                            .description("Deletes the tag with this name."))));
}

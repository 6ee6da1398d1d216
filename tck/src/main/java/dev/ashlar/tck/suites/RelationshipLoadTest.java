package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code Query.load} fills has-many, belongs-to, has-one and many-to-many relationships of each result row. */
@Tck
class RelationshipLoadTest {

    static final Resource AUTHOR = Resource.define("Author", r -> r
            .table("authors")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .hasOne("profile", "Profile", "author_id")
            .hasMany("posts", "Post", "author_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    static final Resource PROFILE = Resource.define("Profile", r -> r
            .table("profiles")
            .attributes(a -> a.uuidPrimaryKey("id").string("bio").required())
            .belongsTo("author", "Author", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .identity("one_profile_per_author", "author_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("bio", "author_id")));

    static final Resource POST = Resource.define("Post", r -> r
            .table("posts")
            .attributes(a -> a.uuidPrimaryKey("id").string("title").required())
            .belongsTo("author", "Author", b -> b.required())
            .hasMany("comments", "Comment", "post_id")
            .manyToMany("tags", "Tag", "PostTag", "post_id", "tag_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("title", "author_id")));

    static final Resource COMMENT = Resource.define("Comment", r -> r
            .table("comments")
            .attributes(a -> a.uuidPrimaryKey("id").string("body").required())
            .belongsTo("post", "Post", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("body", "post_id")));

    static final Resource TAG = Resource.define("Tag", r -> r
            .table("tags")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name")));

    static final Resource POST_TAG = Resource.define("PostTag", r -> r
            .table("post_tags")
            .attributes(a -> a.uuidPrimaryKey("id"))
            .belongsTo("post", "Post", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .belongsTo("tag", "Tag", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .identity("unique_post_tag", "post_id", "tag_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("post_id", "tag_id")));

    static final Domain BLOG = Domain.define("blog", d -> d.resources(AUTHOR, PROFILE, POST, COMMENT, TAG, POST_TAG));

    /** Two authors (one with a profile), three posts, comments on two of them, tags on two of them. */
    private record Blog(Ashlar ashlar, Row ann, Row bob, Row first, Row second, Row third) {}

    private static Blog blog(TckContext tck) {
        Ashlar ashlar = tck.open(BLOG);
        Row ann = ashlar.create(AUTHOR, Map.of("name", "Ann"));
        Row bob = ashlar.create(AUTHOR, Map.of("name", "Bob"));
        ashlar.create(PROFILE, Map.of("bio", "writes a lot", "author_id", id(ann)));
        Row first = ashlar.create(POST, Map.of("title", "first", "author_id", id(ann)));
        Row second = ashlar.create(POST, Map.of("title", "second", "author_id", id(ann)));
        Row third = ashlar.create(POST, Map.of("title", "third", "author_id", id(bob)));
        ashlar.create(COMMENT, Map.of("body", "nice", "post_id", id(first)));
        ashlar.create(COMMENT, Map.of("body", "agreed", "post_id", id(first)));
        ashlar.create(COMMENT, Map.of("body", "hmm", "post_id", id(third)));
        Row java = ashlar.create(TAG, Map.of("name", "java"));
        Row sql = ashlar.create(TAG, Map.of("name", "sql"));
        ashlar.create(TAG, Map.of("name", "unused"));
        ashlar.create(POST_TAG, Map.of("post_id", id(first), "tag_id", id(java)));
        ashlar.create(POST_TAG, Map.of("post_id", id(first), "tag_id", id(sql)));
        ashlar.create(POST_TAG, Map.of("post_id", id(third), "tag_id", id(sql)));
        return new Blog(ashlar, ann, bob, first, second, third);
    }

    private static UUID id(Row row) {
        return row.getUuid("id");
    }

    private static List<Row> posts(Ashlar ashlar, String... loads) {
        return ashlar.read(Query.of(POST).sort(Sort.asc("title")).load(loads));
    }

    private static List<String> related(Row row, String relationship, String attribute) {
        return Rows.column(row.related(relationship), attribute);
    }

    @Test
    void hasManyLoadsEachRowsChildren(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> posts = posts(blog.ashlar(), "comments");

        assertThat(Rows.<String>column(posts, "title")).containsExactly("first", "second", "third");
        assertThat(related(posts.get(0), "comments", "body")).containsExactlyInAnyOrder("nice", "agreed");
        assertThat(related(posts.get(1), "comments", "body")).isEmpty();
        assertThat(related(posts.get(2), "comments", "body")).containsExactly("hmm");
    }

    @Test
    void belongsToLoadsTheParent(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> posts = posts(blog.ashlar(), "author");

        assertThat(posts.get(0).related("author")).containsExactly(blog.ann());
        assertThat(posts.get(1).related("author")).containsExactly(blog.ann());
        assertThat(posts.get(2).related("author")).containsExactly(blog.bob());
    }

    @Test
    void hasOneLoadsAtMostOneRow(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> authors = blog.ashlar().read(Query.of(AUTHOR).sort(Sort.asc("name")).load("profile"));

        assertThat(related(authors.get(0), "profile", "bio")).containsExactly("writes a lot");
        assertThat(authors.get(1).related("profile")).isEmpty();
    }

    @Test
    void manyToManyLoadsThroughTheJoinResource(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> posts = posts(blog.ashlar(), "tags");

        assertThat(related(posts.get(0), "tags", "name")).containsExactlyInAnyOrder("java", "sql");
        assertThat(related(posts.get(1), "tags", "name")).isEmpty();
        assertThat(related(posts.get(2), "tags", "name")).containsExactly("sql");
    }

    @Test
    void severalRelationshipsLoadAtOnce(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> posts = posts(blog.ashlar(), "comments", "tags", "author");

        Row first = posts.get(0);
        assertThat(related(first, "comments", "body")).containsExactlyInAnyOrder("nice", "agreed");
        assertThat(related(first, "tags", "name")).containsExactlyInAnyOrder("java", "sql");
        assertThat(first.related("author")).containsExactly(blog.ann());
        assertThat(first.values()).isEqualTo(blog.first().values());
    }

    @Test
    void loadsFollowTheFilterAndPageOfTheQuery(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> page = blog.ashlar().read(Query.of(POST).where(Filter.where("author_id").eq(id(blog.ann())))
                .sort(Sort.desc("title")).limit(1).load("comments"));
        List<Row> authors = blog.ashlar().read(Query.of(AUTHOR).where(Filter.where("name").eq("Bob")).load("posts"));

        assertThat(page).hasSize(1);
        assertThat(page.get(0).getString("title")).isEqualTo("second");
        assertThat(page.get(0).related("comments")).isEmpty();
        assertThat(related(authors.get(0), "posts", "title")).containsExactly("third");
    }

    @Test
    void loadingOnAnEmptyResultGivesAnEmptyResult(TckContext tck) {
        Blog blog = blog(tck);

        List<Row> none = blog.ashlar().read(Query.of(POST).where(Filter.where("title").eq("missing"))
                .load("comments", "tags", "author"));

        assertThat(none).isEmpty();
    }
}

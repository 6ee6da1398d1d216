package dev.ashlar.tck.migrations;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * One small domain, authors and their books, declared at versions 1 to {@value #LAST}; each version is one kind of
 * schema change from the one before:
 * <ol>
 *   <li>authors (name, unique; nickname, nullable) and books (title, pages, author: required, on delete cascade, note)</li>
 *   <li>add column {@code authors.country}, required with a default</li>
 *   <li>{@code authors.nickname} becomes required, existing nils backfilled (a parent rebuild on SQLite)</li>
 *   <li>rename column {@code books.title} to {@code headline} (renamed-from hint)</li>
 *   <li>change types: {@code books.pages} integer to text, {@code authors.name} string(60) to text</li>
 *   <li>add identity {@code unique_headline} on books</li>
 *   <li>drop that identity</li>
 *   <li>change the books' foreign key from on delete cascade to restrict</li>
 *   <li>drop column {@code books.note} (destructive)</li>
 *   <li>rename table {@code books} to {@code volumes} (renamed-from hint)</li>
 *   <li>rename table {@code authors} to {@code writers}, the parent: children follow, its index is renamed</li>
 * </ol>
 * Columns are added last and the dropped column is declared last, so the physical column order after any
 * migration or rollback is the declared one on every dialect. Hints stay in later versions, as users leave them.
 */
final class Library {
    static final int LAST = 11;
    static final String REPO = "main";

    private Library() {
    }

    static Domain at(int version) {
        check(version);
        return Domain.define("library_v" + version, d -> d.resources(author(version), book(version)));
    }

    /** The migration name codegen is given for the step that reaches {@code version}. */
    static String stepName(int version) {
        return switch (version) {
            case 1 -> "create_library";
            case 2 -> "add_author_country";
            case 3 -> "require_author_nickname";
            case 4 -> "rename_book_title";
            case 5 -> "change_pages_and_name_types";
            case 6 -> "add_unique_headline";
            case 7 -> "drop_unique_headline";
            case 8 -> "restrict_author_delete";
            case 9 -> "drop_book_note";
            case 10 -> "rename_books_to_volumes";
            case 11 -> "rename_authors_to_writers";
            default -> throw new IllegalArgumentException("no version " + version);
        };
    }

    static Resource author(int v) {
        check(v);
        List<String> accept = new ArrayList<>(List.of("name", "nickname"));
        if (v >= 2) {
            accept.add("country");
        }
        return Resource.define("Author", r -> {
            r.table(v >= 11 ? "writers" : "authors");
            if (v >= 11) {
                r.renamedFrom("authors");
            }
            r.attributes(a -> {
                a.uuidPrimaryKey("id");
                if (v >= 5) {
                    a.text("name").required();
                } else {
                    a.string("name", 60).required();
                }
                a.string("nickname");
                if (v >= 3) {
                    a.required().backfill("anon");
                }
                if (v >= 2) {
                    a.string("country").required().defaultTo("nz");
                }
            });
            r.identity("unique_name", "name");
            r.actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept(accept.toArray(String[]::new)));
        });
    }

    static Resource book(int v) {
        check(v);
        List<String> accept = new ArrayList<>(List.of(title(v), "pages", "author_id"));
        if (v < 9) {
            accept.add("note");
        }
        return Resource.define("Book", r -> {
            r.table(v >= 10 ? "volumes" : "books");
            if (v >= 10) {
                r.renamedFrom("books");
            }
            r.attributes(a -> {
                a.uuidPrimaryKey("id");
                if (v >= 4) {
                    a.string("headline").required().renamedFrom("title");
                } else {
                    a.string("title").required();
                }
                if (v >= 5) {
                    a.text("pages");
                } else {
                    a.integer("pages");
                }
            });
            r.belongsTo("author", "Author", b -> b.required()
                    .onDelete(v >= 8 ? ForeignKeyAction.RESTRICT : ForeignKeyAction.CASCADE));
            if (v < 9) {
                r.attributes(a -> a.text("note"));
            }
            if (v == 6) {
                r.identity("unique_headline", "headline");
            }
            r.actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept(accept.toArray(String[]::new)));
        });
    }

    /** The books' title attribute at {@code version}. */
    static String title(int version) {
        return version >= 4 ? "headline" : "title";
    }

    private static void check(int version) {
        if (version < 1 || version > LAST) {
            throw new IllegalArgumentException("the library has versions 1 to " + LAST + ", not " + version);
        }
    }
}

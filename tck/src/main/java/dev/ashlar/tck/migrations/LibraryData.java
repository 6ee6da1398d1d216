package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows a test put into the {@link Library}, inserted through Ashlar's actions, and what each must read back as
 * at any version: the same ids, names and references, with exactly the changes the migrations make to data
 * (defaults for added columns, backfills, type conversions, values lost by a dropped column).
 */
final class LibraryData {
    private final List<Author> authors = new ArrayList<>();
    private final List<Book> books = new ArrayList<>();

    /** An author as it must read back; {@code country} is null while the column does not exist. */
    static final class Author {
        final UUID id;
        final String name;
        String nickname;
        String country;

        Author(UUID id, String name, String nickname, String country) {
            this.id = id;
            this.name = name;
            this.nickname = nickname;
            this.country = country;
        }
    }

    /** A book as it must read back; {@code pages} is kept as text and read as an integer before version 5. */
    static final class Book {
        final UUID id;
        final String title;
        final String pages;
        String note;
        final UUID authorId;

        Book(UUID id, String title, String pages, String note, UUID authorId) {
            this.id = id;
            this.title = title;
            this.pages = pages;
            this.note = note;
            this.authorId = authorId;
        }
    }

    /** Creates an author through the create action of {@code version}; {@code country} only from version 2. */
    Author addAuthor(Ashlar ashlar, int version, String name, String nickname, String country) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        if (nickname != null) {
            input.put("nickname", nickname);
        }
        if (country != null) {
            input.put("country", country);
        }
        Row row = ashlar.create(ashlar.domain().require("Author"), input);
        Author author = new Author(row.getUuid("id"), name, nickname,
                version >= 2 ? (country == null ? "nz" : country) : null);
        authors.add(author);
        return author;
    }

    /** Creates a book through the create action of {@code version}; {@code note} only before version 9. */
    Book addBook(Ashlar ashlar, int version, String title, String pages, String note, Author author) {
        Map<String, Object> input = new HashMap<>();
        input.put(Library.title(version), title);
        if (pages != null) {
            input.put("pages", version >= 5 ? pages : Long.valueOf(pages));
        }
        if (note != null) {
            input.put("note", note);
        }
        input.put("author_id", author.id);
        Row row = ashlar.create(ashlar.domain().require("Book"), input);
        Book book = new Book(row.getUuid("id"), title, pages, version >= 9 ? null : note, author.id);
        books.add(book);
        return book;
    }

    /** What the step that reaches {@code version} does to existing rows. */
    void migrated(int version) {
        switch (version) {
            case 2 -> authors.forEach(a -> a.country = "nz");
            case 3 -> authors.stream().filter(a -> a.nickname == null).forEach(a -> a.nickname = "anon");
            default -> { }
        }
    }

    /** What rolling back the step that reached {@code version} does to existing rows. */
    void rolledBack(int version) {
        switch (version) {
            case 2 -> authors.forEach(a -> a.country = null);
            case 9 -> books.forEach(b -> b.note = null);
            default -> { }
        }
    }

    /** Every author and book reads back at {@code version} exactly as expected, through Ashlar's read actions. */
    void assertIntact(Ashlar ashlar, int version, String when) {
        List<Map<String, Object>> actualAuthors = ashlar.read(Query.of(ashlar.domain().require("Author"))
                .sort(Sort.asc("name"))).stream().map(Row::values).toList();
        List<Map<String, Object>> expectedAuthors = authors.stream().sorted(Comparator.comparing(a -> a.name))
                .map(a -> expected(a, version)).toList();
        assertThat(actualAuthors).as("authors " + when).containsExactlyElementsOf(expectedAuthors);

        List<Map<String, Object>> actualBooks = ashlar.read(Query.of(ashlar.domain().require("Book"))
                .sort(Sort.asc(Library.title(version)))).stream().map(Row::values).toList();
        List<Map<String, Object>> expectedBooks = books.stream().sorted(Comparator.comparing(b -> b.title))
                .map(b -> expected(b, version)).toList();
        assertThat(actualBooks).as("books (children) " + when).containsExactlyElementsOf(expectedBooks);
    }

    Author author(String name) {
        return authors.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
    }

    int authorCount() {
        return authors.size();
    }

    int bookCount() {
        return books.size();
    }

    private static Map<String, Object> expected(Author a, int version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id);
        row.put("name", a.name);
        row.put("nickname", a.nickname);
        if (version >= 2) {
            row.put("country", a.country);
        }
        return row;
    }

    private static Map<String, Object> expected(Book b, int version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", b.id);
        row.put(Library.title(version), b.title);
        row.put("pages", b.pages == null ? null : version >= 5 ? b.pages : Long.valueOf(b.pages));
        row.put("author_id", b.authorId);
        if (version < 9) {
            row.put("note", b.note);
        }
        return row;
    }
}

package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One domain over several repos (named databases): each resource's actions go to its own repo, and moving a
 * resource to another repo is one change, {@link Resource#inRepo}.
 */
@Tck
class MultiRepoTest {

    static final Resource NOTE = Resource.define("Note", r -> r
            .table("notes")
            .attributes(a -> a.uuidPrimaryKey("id").string("text").required())
            .hasMany("events", "AuditEvent", "note_id")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("text")));

    static final Resource AUDIT_EVENT = Resource.define("AuditEvent", r -> r
            .table("audit_events").repo("audit")
            .attributes(a -> a.uuidPrimaryKey("id").string("what").required().uuid("note_id"))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("what", "note_id")));

    static final Domain TWO_REPOS = Domain.define("two_repos", d -> d.resources(NOTE, AUDIT_EVENT));

    /** The same domain with notes moved to the audit repo: a one-line change. */
    static final Domain MOVED = Domain.define("moved", d -> d.resources(NOTE.inRepo("audit"), AUDIT_EVENT));

    @Test
    void eachResourceIsStoredInItsOwnRepo(TckContext tck) {
        Ashlar ashlar = tck.open(TWO_REPOS);

        assertThat(TWO_REPOS.repos()).containsExactly("main", "audit");
        assertThat(ashlar.dataLayer("main").schema().tableNames()).containsExactly("notes");
        assertThat(ashlar.dataLayer("audit").schema().tableNames()).containsExactly("audit_events");
    }

    @Test
    void eachActionGoesToItsResourcesRepo(TckContext tck) {
        Ashlar ashlar = tck.open(TWO_REPOS);

        Row note = ashlar.create(NOTE, Map.of("text", "hello"));
        Row event = ashlar.create(AUDIT_EVENT, Map.of("what", "created", "note_id", note.getUuid("id")));

        assertThat(ashlar.get(NOTE, note.getUuid("id"))).isEqualTo(note);
        assertThat(ashlar.get(AUDIT_EVENT, event.getUuid("id"))).isEqualTo(event);
        assertThat(Rows.all(ashlar, NOTE)).containsExactly(note);
        assertThat(Rows.all(ashlar, AUDIT_EVENT)).containsExactly(event);
        assertThat(ashlar.dataLayer("main").schema().tableNames()).doesNotContain("audit_events");
    }

    @Test
    void relationshipsLoadAcrossRepos(TckContext tck) {
        Ashlar ashlar = tck.open(TWO_REPOS);
        Row note = ashlar.create(NOTE, Map.of("text", "hello"));
        ashlar.create(AUDIT_EVENT, Map.of("what", "created", "note_id", note.getUuid("id")));
        ashlar.create(AUDIT_EVENT, Map.of("what", "read", "note_id", note.getUuid("id")));

        List<Row> notes = ashlar.read(Query.of(NOTE).load("events"));

        assertThat(notes).hasSize(1);
        assertThat(Rows.<String>column(notes.get(0).related("events"), "what"))
                .containsExactlyInAnyOrder("created", "read");
    }

    @Test
    void aTransactionCoversOnlyItsOwnRepo(TckContext tck) {
        Ashlar ashlar = tck.open(TWO_REPOS);

        Throwable thrown = catchThrowable(() -> ashlar.transaction("main", () -> {
            ashlar.create(NOTE, Map.of("text", "rolled back"));
            ashlar.create(AUDIT_EVENT, Map.of("what", "committed on its own"));
            throw new IllegalStateException("give up");
        }));

        Failures.assertCausedBy(thrown, IllegalStateException.class, "give up");
        assertThat(Rows.count(ashlar, NOTE)).isZero();
        assertThat(Rows.<String>column(Rows.all(ashlar, AUDIT_EVENT), "what")).containsExactly("committed on its own");
    }

    @Test
    void movingAResourceToAnotherRepoIsOneChange(TckContext tck) {
        Ashlar ashlar = tck.open(MOVED);

        Row note = ashlar.create(NOTE, Map.of("text", "moved"));

        assertThat(MOVED.repos()).containsExactly("audit");
        assertThat(ashlar.dataLayer("audit").schema().tableNames()).containsExactlyInAnyOrder("notes", "audit_events");
        assertThat(ashlar.get(NOTE, note.getUuid("id"))).isEqualTo(note);
        assertThatThrownBy(() -> ashlar.dataLayer("main")).isInstanceOf(ConfigurationException.class);
    }
}

package dev.ashlar.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeds: derived per field and stable, Datafaker included; ASHLAR_SEED parsing; sequences and once. */
class DeterminismTest {

    private static List<String> emails(long seed, String field) {
        Draw draw = new Draw(Generation.seeded(seed), SeedMix.derive(seed, field));
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(draw.faker().internet().emailAddress());
        }
        return values;
    }

    @Test
    void theSameSeedGivesTheSameDatafakerValuesAndFieldsAreIndependent() {
        assertThat(emails(11, "User.create#0.email")).isEqualTo(emails(11, "User.create#0.email"));
        assertThat(emails(11, "User.create#0.email")).isNotEqualTo(emails(12, "User.create#0.email"));
        assertThat(emails(11, "User.create#0.email")).isNotEqualTo(emails(11, "User.create#0.backup_email"));
    }

    @Test
    void theSeedComesFromAshlarSeedOrIsChosenAndReported() {
        assertThat(Generation.fromVariable("42").seed()).isEqualTo(42);
        assertThat(Generation.fromVariable(" -7 ").seed()).isEqualTo(-7);
        Generation chosen = Generation.fromVariable(null);
        assertThat(chosen.replayHint()).isEqualTo("seed " + chosen.seed() + ": ASHLAR_SEED=" + chosen.seed()
                + " replays this run");
        assertThatThrownBy(() -> Generation.fromVariable("abc")).isInstanceOf(GeneratorException.class)
                .hasMessageContaining("ASHLAR_SEED must be a whole number");
    }

    @Test
    void sequencesCountPerNameAndOnceIsSharedInAGeneration() {
        Generation generation = Generation.seeded(1);
        Draw draw = new Draw(generation, 1);
        ValueGenerator<String> emails = Gen.sequence("email", i -> "u" + i + "@example.com");
        ValueGenerator<Object> org = Gen.once("org", Object::new);

        assertThat(List.of(emails.next(draw), emails.next(draw), Gen.sequence("other", i -> i).next(draw)))
                .containsExactly("u0@example.com", "u1@example.com", 0L);
        assertThat(org.next(draw)).isSameAs(org.next(new Draw(generation, 2)));
        assertThat(Gen.once("org", Object::new).next(new Draw(Generation.seeded(1), 1)))
                .isNotSameAs(org.next(draw));
        assertThat(Gen.listOf(Gen.constant(1), 2, 2).next(draw)).containsExactly(1, 1);
    }

    @Test
    void identityFingerprintsGrowBeyondTheirFirstTable() {
        LongSet set = new LongSet();
        for (long i = 0; i < 100_000; i++) {
            assertThat(set.add(i * 31)).isTrue();
        }
        assertThat(set.add(31 * 500)).isFalse();
        assertThat(set.add(0)).isFalse();
    }
}

package dev.ashlar.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.spi.Capability;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapabilityGateTest {

    @RequiresCapability(Capability.ROW_LOCKS)
    static class Gated {
        @RequiresCapability({Capability.NULLS_NOT_DISTINCT, Capability.ALTER_COLUMN})
        void both() {
        }

        void classOnly() {
        }
    }

    static class Plain {
        void free() {
        }
    }

    @Test
    void methodAndClassAnnotationsAddUp() throws NoSuchMethodException {
        assertThat(CapabilityGate.required(Gated.class.getDeclaredMethod("both"), Gated.class))
                .containsExactly(Capability.NULLS_NOT_DISTINCT, Capability.ALTER_COLUMN, Capability.ROW_LOCKS);
        assertThat(CapabilityGate.required(Gated.class.getDeclaredMethod("classOnly"), Gated.class))
                .containsExactly(Capability.ROW_LOCKS);
        assertThat(CapabilityGate.required(Plain.class.getDeclaredMethod("free"), Plain.class)).isEmpty();
    }

    @Test
    void theFirstAbsentCapabilityGivesAMachineReadableReason() {
        Set<Capability> present = EnumSet.of(Capability.NULLS_NOT_DISTINCT);

        assertThat(CapabilityGate.firstAbsent(EnumSet.of(Capability.NULLS_NOT_DISTINCT), present)).isEmpty();
        assertThat(CapabilityGate.firstAbsent(Set.of(Capability.ROW_LOCKS), present)).contains(Capability.ROW_LOCKS);
        assertThat(CapabilityGate.reason(Capability.ROW_LOCKS, "sqlite")).isEqualTo("capability-absent:ROW_LOCKS:sqlite");
        assertThat(Outcome.ofSkipReason("capability-absent:ROW_LOCKS:sqlite")).isEqualTo(Outcome.SKIPPED_BY_CAPABILITY);
        assertThat(Outcome.ofSkipReason("unavailable: down")).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(Outcome.ofSkipReason("@Disabled")).isEqualTo(Outcome.DISABLED);
    }
}

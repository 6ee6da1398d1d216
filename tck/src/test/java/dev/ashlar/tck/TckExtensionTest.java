package dev.ashlar.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashlar.tck.fixtures.ExpectedFailureCases;
import dev.ashlar.tck.fixtures.FakeTarget;
import dev.ashlar.tck.fixtures.UnavailableTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture classes through {@link TckExtension} with the JUnit launcher and checks outcomes and reports. */
class TckExtensionTest {

    /** Outcome per test method name: SUCCESSFUL, FAILED, ABORTED, or "skipped: reason". */
    private static final class Outcomes implements TestExecutionListener {
        final Map<String, String> byMethod = new ConcurrentHashMap<>();
        final Map<String, Throwable> failures = new ConcurrentHashMap<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                byMethod.put(name(id), result.getStatus().name());
                result.getThrowable().ifPresent(t -> failures.put(name(id), t));
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                byMethod.put(name(id), "skipped: " + reason);
            }
        }

        private static String name(TestIdentifier id) {
            return id.getDisplayName().replaceAll("\\(.*", "");
        }
    }

    private static Outcomes run(Class<?> fixture, Optional<Class<?>> target) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture));
        target.ifPresent(t -> request.configurationParameter(TckTarget.TARGET_PARAMETER, t.getName()));
        LauncherDiscoveryRequest built = request.build();
        Outcomes outcomes = new Outcomes();
        LauncherFactory.create().execute(built, outcomes);
        return outcomes;
    }

    private static JsonNode report(String dialect) throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("target", "tck", dialect + ".json")));
    }

    private static String outcomeIn(JsonNode report, String method) {
        for (JsonNode test : report.get("tests")) {
            if (test.get("method").asText().equals(method)) {
                return test.get("outcome").asText();
            }
        }
        return null;
    }

    @Test
    void expectedFailuresAbortAndUnexpectedPassesFail() throws IOException {
        Outcomes outcomes = run(ExpectedFailureCases.class, Optional.of(FakeTarget.class));

        assertThat(outcomes.byMethod).containsEntry("passes", "SUCCESSFUL")
                .containsEntry("failsUnlisted", "FAILED")
                .containsEntry("failsAsListed", "ABORTED")
                .containsEntry("passesThoughListed", "FAILED")
                .containsEntry("receivesAContext", "SUCCESSFUL");
        assertThat(outcomes.failures.get("failsAsListed")).hasMessage("expected failure: known bug 17");
        assertThat(outcomes.failures.get("passesThoughListed")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("unexpected pass of ExpectedFailureCases#passesThoughListed")
                .hasMessageContaining("remove it from the expected failures of fake");

        JsonNode report = report("fake");
        assertThat(report.get("dialect").asText()).isEqualTo("fake");
        assertThat(outcomeIn(report, "passes")).isEqualTo("passed");
        assertThat(outcomeIn(report, "failsUnlisted")).isEqualTo("failed");
        assertThat(outcomeIn(report, "failsAsListed")).isEqualTo("expected-failure");
        assertThat(outcomeIn(report, "passesThoughListed")).isEqualTo("failed");
        assertThat(report.get("summary").get("run").asInt()).isEqualTo(5);
        assertThat(report.get("summary").get("passed").asInt()).isEqualTo(2);
        assertThat(report.get("summary").get("expected-failure").asInt()).isEqualTo(1);
        assertThat(report.get("unmatchedExpectedFailures").toString()).contains("ExpectedFailureCases#noSuchTest");
        assertThat(Files.readString(Path.of("target", "tck", "fake.md")))
                .contains("| ExpectedFailureCases#failsAsListed | expected-failure |");
    }

    @Test
    void anUnavailableTargetSkipsEveryTestWithItsReason() throws IOException {
        assumeFalse("true".equalsIgnoreCase(System.getenv("CI")), "with CI=true an unavailable target fails instead");

        Outcomes outcomes = run(ExpectedFailureCases.class, Optional.of(UnavailableTarget.class));

        assertThat(outcomes.byMethod).hasSize(5)
                .allSatisfy((method, outcome) -> assertThat(outcome).isEqualTo("skipped: unavailable: no server at localhost:1"));
        JsonNode report = report("down");
        assertThat(report.get("summary").get("unavailable").asInt()).isEqualTo(5);
        assertThat(report.get("summary").get("run").asInt()).isZero();
    }

    @Test
    void withoutATargetEveryTestFailsNamingTheParameter() {
        Outcomes outcomes = run(ExpectedFailureCases.class, Optional.empty());

        assertThat(outcomes.byMethod).isNotEmpty().allSatisfy((method, outcome) -> assertThat(outcome).isEqualTo("FAILED"));
        assertThat(outcomes.failures.values()).allSatisfy(t -> assertThat(t).hasMessageContaining(TckTarget.TARGET_PARAMETER));
    }
}

package dev.ashlar.tck;

import dev.ashlar.spi.Capability;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Runs a conformance test class against the {@link TckTarget} named by the configuration parameter
 * {@value TckTarget#TARGET_PARAMETER}:
 * <ul>
 *   <li>skips every test when the target is unavailable (fails them when {@code CI=true});</li>
 *   <li>skips tests whose {@link RequiresCapability} the data layer lacks, with reason
 *   {@code capability-absent:<CAPABILITY>:<dialect>};</li>
 *   <li>turns a failure listed in {@link TckTarget#expectedFailures()} into an abort, and a listed test that passes
 *   into a failure;</li>
 *   <li>gives tests a {@link TckContext};</li>
 *   <li>records every outcome; the report is written when the run ends (see {@link TckRun}).</li>
 * </ul>
 * Register it with {@link Tck}.
 */
public final class TckExtension implements ExecutionCondition, InvocationInterceptor, ParameterResolver, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TckExtension.class);
    private static final String EXPECTED_FAILURE = "expected-failure";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("conditions are evaluated per test method");
        }
        TckRun run = TckRun.of(context);
        Optional<String> unavailable = run.unavailableReason();
        if (unavailable.isPresent()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                String message = run.dialect() + " unreachable and CI=true: " + unavailable.get();
                run.report().record(result(context, Outcome.FAILED, message));
                throw new IllegalStateException(message);
            }
            run.warnUnavailable(System.err);
            return ConditionEvaluationResult.disabled(Outcome.UNAVAILABLE_PREFIX + unavailable.get());
        }
        Set<Capability> needed = CapabilityGate.required(context);
        if (!needed.isEmpty()) {
            Optional<Capability> absent = CapabilityGate.firstAbsent(needed, run.capabilities());
            if (absent.isPresent()) {
                return ConditionEvaluationResult.disabled(CapabilityGate.reason(absent.get(), run.dialect()));
            }
        }
        return ConditionEvaluationResult.enabled("available, capabilities present");
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        TckRun run = TckRun.of(context);
        String key = key(context);
        Optional<String> expected = run.expectedFailure(key);
        if (expected.isEmpty()) {
            invocation.proceed();
            return;
        }
        try {
            invocation.proceed();
        } catch (TestAbortedException aborted) {
            throw aborted;
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError vm) {
                throw vm;
            }
            context.getStore(NAMESPACE).put(EXPECTED_FAILURE, expected.get() + " (failed with: " + failure + ")");
            TestAbortedException abort = new TestAbortedException("expected failure: " + expected.get());
            abort.addSuppressed(failure);
            throw abort;
        }
        throw new AssertionError("unexpected pass of " + key + ": remove it from the expected failures of "
                + run.dialect());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TckContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        TckContext context = new TckContext(TckRun.of(extensionContext));
        // closed (and its databases disposed) when the test method's extension context closes
        extensionContext.getStore(NAMESPACE).put(new Object(), context);
        return context;
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, Outcome.PASSED, "");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, Outcome.FAILED, String.valueOf(cause));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        String expected = context.getStore(NAMESPACE).get(EXPECTED_FAILURE, String.class);
        if (expected != null) {
            record(context, Outcome.EXPECTED_FAILURE, expected);
        } else {
            record(context, Outcome.ABORTED, String.valueOf(cause.getMessage()));
        }
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        String why = reason.orElse("");
        record(context, Outcome.ofSkipReason(why), why);
    }

    private static void record(ExtensionContext context, Outcome outcome, String detail) {
        TckRun run;
        try {
            run = TckRun.of(context);
        } catch (ExtensionConfigurationException e) {
            return; // no target: every test already failed with this message, and there is no report to write
        }
        run.report().record(result(context, outcome, detail));
    }

    private static TestResult result(ExtensionContext context, Outcome outcome, String detail) {
        return new TestResult(context.getRequiredTestClass().getSimpleName(),
                context.getRequiredTestMethod().getName(), outcome, detail);
    }

    private static String key(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
    }
}

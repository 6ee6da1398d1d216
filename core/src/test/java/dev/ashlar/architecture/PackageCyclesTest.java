package dev.ashlar.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.ashlar.AshlarView;
import dev.ashlar.action.ActionInput;
import dev.ashlar.action.Changeset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages of core depend on each other in one direction only. Each package is its own slice (the root package
 * {@code dev.ashlar} included, which {@code slices().matching("dev.ashlar.(*)..")} would leave out).
 *
 * <p>One edge is part of the design and is the only exception: the changes, validations and hooks a resource
 * declares receive a {@link Changeset} (or an {@link ActionInput}) that hands them the running {@link AshlarView},
 * so that they can call other actions. The view acts on resources, and the resource holds the action declarations,
 * so any typed way back to the runtime closes a loop; the alternative is one package for the declaration, the
 * queries and the runtime. The exception names the two classes and the one target, so that nothing else hides
 * behind it.
 */
class PackageCyclesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ashlar");

    @Test
    void corePackagesHaveNoCycles() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles()
                .ignoreDependency(oneOf(Changeset.class, ActionInput.class), oneOf(AshlarView.class))
                .check(CORE);
    }

    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "each package of dev.ashlar";
        }
    };

    private static DescribedPredicate<JavaClass> oneOf(Class<?>... types) {
        Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
        return describe("one of " + names, c -> names.contains(c.getName()));
    }
}

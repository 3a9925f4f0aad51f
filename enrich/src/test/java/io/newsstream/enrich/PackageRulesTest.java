package io.newsstream.enrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enrichment code's package rules (docs/ARCHITECTURE.md): no cycles, a Kafka-free core, concerns importing
 * downwards. Each rule fails the test when a class breaks it ({@link ArchRule#check} throws); the cycle rule is also
 * shown to fail on a deliberate cycle, so it cannot pass by matching nothing.
 */
class PackageRulesTest {
    private static final ArchRule NO_CYCLES = slices().matching("io.newsstream.enrich.(**)").should().beFreeOfCycles();
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsstream.enrich");
    }

    @Test
    void everyConcernIsImported() {
        for (String concern : new String[] {"text", "limits", "lang", "dedup", "clean", "topics", "geo"}) {
            assertThat(main.containPackage("io.newsstream.enrich.core." + concern)).as(concern).isTrue();
        }
    }

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(main);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("io.newsstream.enrich.archfixture");
        assertThatThrownBy(() -> slices().matching("io.newsstream.enrich.archfixture.(*)..").should().beFreeOfCycles()
                .check(cyclic)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void theCoreIsPlainJava() {
        noClasses().that().resideInAPackage("io.newsstream.enrich.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.newsstream.enrich.stream..")
                .check(main);
    }

    @Test
    void concernsDoNotReachUpToTheOrchestration() {
        noClasses().that().resideInAnyPackage("..core.text..", "..core.limits..", "..core.lang..", "..core.dedup..",
                        "..core.clean..", "..core.topics..", "..core.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsstream.enrich.core", "io.newsstream.enrich.core.eval..")
                .check(main);
    }

    @Test
    void primitivesImportNoConcern() {
        noClasses().that().resideInAnyPackage("..core.text..", "..core.limits..", "..core.lang..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.dedup..", "..core.clean..", "..core.topics..", "..core.geo..")
                .check(main);
    }

    @Test
    void theGeoparserAndDedupStandAlone() {
        noClasses().that().resideInAnyPackage("..core.geo..", "..core.dedup..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.clean..", "..core.topics..")
                .check(main);
    }
}

package io.newsstream.enrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The enrichment code's package rules (docs/ARCHITECTURE.md): no cycles, a Kafka-free core, concerns importing downwards. */
@AnalyzeClasses(packages = "io.newsstream.enrich", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.newsstream.enrich.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCoreIsPlainJava = noClasses().that().resideInAPackage("io.newsstream.enrich.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.newsstream.enrich.stream..");

    @ArchTest
    static final ArchRule concernsDoNotReachUpToTheOrchestration = noClasses()
            .that().resideInAnyPackage("..core.text..", "..core.limits..", "..core.lang..", "..core.dedup..",
                    "..core.clean..", "..core.topics..", "..core.geo..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsstream.enrich.core", "io.newsstream.enrich.core.eval..");

    @ArchTest
    static final ArchRule primitivesImportNoConcern = noClasses()
            .that().resideInAnyPackage("..core.text..", "..core.limits..", "..core.lang..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.dedup..", "..core.clean..", "..core.topics..", "..core.geo..");

    @ArchTest
    static final ArchRule theGeoparserAndDedupStandAlone = noClasses()
            .that().resideInAnyPackage("..core.geo..", "..core.dedup..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.clean..", "..core.topics..");
}

package org.shilu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/style.md: ui → live → store → format → model, and cli → store/format/model. */
@AnalyzeClasses(packages = "org.shilu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingBelowTheUiUsesJavaFx = noClasses()
            .that().resideInAnyPackage("org.shilu.model..", "org.shilu.format..", "org.shilu.store..",
                    "org.shilu.live..", "org.shilu.cli..", "org.shilu.publish..", "org.shilu.share..", "org.shilu.media..",
                    "org.shilu.check..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy("org.shilu")
            .layer("Ui").definedBy("org.shilu.ui..")
            .optionalLayer("Live").definedBy("org.shilu.live..")
            .layer("Cli").definedBy("org.shilu.cli..")
            .layer("Store").definedBy("org.shilu.store..")
            .optionalLayer("Share").definedBy("org.shilu.share..")
            .layer("Format").definedBy("org.shilu.format..")
            .layer("Model").definedBy("org.shilu.model..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Live").mayOnlyBeAccessedByLayers("Ui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "Live", "Cli", "Share")
            .whereLayer("Share").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Ui", "Live", "Cli", "Store", "Share")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Ui", "Live", "Cli", "Store", "Format", "Share");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.shilu.(**)").should().beFreeOfCycles();
}

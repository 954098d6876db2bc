package org.socialprescribing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The habits the codebase keeps, checked so that they stay kept. */
class ArchitectureTest {
    private static final JavaClasses CODE =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.socialprescribing");

    private static final String[] FEATURES = {
        "..audit..",
        "..demo..",
        "..directory..",
        "..feed..",
        "..funding..",
        "..inbox..",
        "..letter..",
        "..referral..",
        "..report..",
        "..safety..",
        "..treatment.."
    };

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        fields().should().notBeAnnotatedWith(Inject.class).check(CODE);
        methods().should().notBeAnnotatedWith(Inject.class).check(CODE);
    }

    @Test
    void resourcesLeaveTransactionsToServices() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(CODE);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(CODE);
    }

    @Test
    void resourcesNeverSeeEntities() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(CODE);
    }

    @Test
    void theDirectoryDoesNotDependOnReferrals() {
        noClasses()
                .that()
                .resideInAPackage("..directory..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..referral..", "..audit..")
                .check(CODE);
    }

    @Test
    void sharedInfrastructureDoesNotDependOnFeatures() {
        noClasses()
                .that()
                .resideInAPackage("org.socialprescribing.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(CODE);
    }

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        slices().matching("org.socialprescribing.(**)").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.socialprescribing.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.socialprescribing.demo..")
                .check(CODE);
    }

    @Test
    void otherFeaturesReachReferralsOnlyThroughTheReferralFeaturesMethods() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.socialprescribing.referral..")
                .and()
                .resideOutsideOfPackage("org.socialprescribing.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.socialprescribing.referral.persistence..")
                .check(CODE);
    }

    @Test
    void eachAggregateIsStoredThroughItsRepository() {
        classes()
                .that()
                .implement(PanacheRepositoryBase.class)
                .should()
                .haveSimpleNameEndingWith("Repository")
                .check(CODE);
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and()
                .haveSimpleNameNotEndingWith("Queries")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .because("repositories store aggregates; *Queries classes are reports' read models")
                .check(CODE);
    }

    @Test
    void domainCodeRaisesDomainExceptionsNotWebHelpers() {
        noClasses()
                .that()
                .resideInAnyPackage("..referral.domain..", "..funding.money..")
                .or()
                .haveSimpleName("OutcomeScoring")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..common.web..")
                .check(CODE);
    }

    @Test
    void theReferralStateMachineDependsOnNothingButItsOwnDomainAndRoles() {
        noClasses()
                .that()
                .resideInAPackage("..referral.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..referral.persistence..",
                        "..referral.service..",
                        "..referral.api..",
                        "jakarta.persistence..")
                .check(CODE);
    }
}

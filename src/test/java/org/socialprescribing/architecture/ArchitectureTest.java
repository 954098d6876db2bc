package org.socialprescribing.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The habits the codebase keeps, checked so that they stay kept. */
class ArchitectureTest {
    private static final JavaClasses CODE =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.socialprescribing");

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
                .resideInAnyPackage(
                        "..common.error..",
                        "..common.security..",
                        "..common.web..",
                        "..common.nhs..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..directory..", "..referral..", "..audit..")
                .check(CODE);
    }

    /** So that a change inside referrals or letters touches only the FHIR gateways. */
    @Test
    void theFhirInterfaceReachesOtherFeaturesOnlyThroughItsGateways() {
        noClasses()
                .that()
                .resideInAPackage("..fhir..")
                .and()
                .resideOutsideOfPackage("..fhir.referral..")
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage("..referral.service..", "..referral.persistence..")
                                .or(
                                        simpleNameEndingWith("Service")
                                                .and(resideOutsideOfPackage("..fhir.."))))
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

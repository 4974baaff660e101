package org.boxoffice.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the components may depend on each other, checked on the compiled classes: the audit trail,
 * which every component writes, depends on none of them; the account component does not depend on
 * the admin component that administers accounts.
 */
class ComponentDependenciesTest {

    private static JavaClasses components;

    @BeforeAll
    static void importComponents() {
        components = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.boxoffice");
    }

    @Test
    void theAuditTrailDependsOnNoOtherComponent() {
        noClasses()
                .that()
                .resideInAPackage("org.boxoffice.audit..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.boxoffice..")
                        .and(not(resideInAnyPackage("org.boxoffice.audit..", "org.boxoffice.platform.."))))
                .check(components);
    }

    @Test
    void theAccountComponentDoesNotDependOnTheAdminComponent() {
        noClasses()
                .that()
                .resideInAPackage("org.boxoffice.account..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.boxoffice.admin..")
                .check(components);
    }

    @Test
    void theAccountComponentDoesNotDependOnTheReviewComponent() {
        noClasses()
                .that()
                .resideInAPackage("org.boxoffice.account..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.boxoffice.review..")
                .check(components);
    }
}

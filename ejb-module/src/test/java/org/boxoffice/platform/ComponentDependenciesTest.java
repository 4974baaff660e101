package org.boxoffice.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /**
     * An enterprise bean is named by its simple class name in the module: two beans of one name in
     * different components make the server deploy only one of them (the other's timer, say, never
     * runs), with no more than a line in its log.
     */
    @Test
    void noTwoEnterpriseBeansShareAName() {
        Map<String, List<String>> byName = components.stream()
                .filter(type -> type.isAnnotatedWith("jakarta.ejb.Stateless")
                        || type.isAnnotatedWith("jakarta.ejb.Singleton")
                        || type.isAnnotatedWith("jakarta.ejb.Stateful")
                        || type.isAnnotatedWith("jakarta.ejb.MessageDriven"))
                .collect(Collectors.groupingBy(
                        JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
        assertThat(byName.values()).allSatisfy(names -> assertThat(names).hasSize(1));
    }
}

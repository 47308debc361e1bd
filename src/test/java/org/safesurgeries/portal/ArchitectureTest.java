package org.safesurgeries.portal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.springframework.data.repository.Repository;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(PortalApplication.class);

    @Test
    void every_view_carries_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class).should(haveExactlyOneAccessAnnotation()).check(PORTAL);
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses().that().areAnnotatedWith(Route.class).or().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(PORTAL);
    }

    @Test
    void text_fields_are_limited_through_FieldLimits_so_an_over_long_value_says_why() {
        noClasses().that().doNotHaveFullyQualifiedName(FieldLimits.class.getName())
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("setMaxLength")))
                .because("Vaadin's own check of the limit shows an empty message; FieldLimits.atMost gives it words")
                .check(PORTAL);
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
        return new ArchCondition<>("carry exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                long count = Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class)
                        .filter(view::isAnnotatedWith).count();
                events.add(new SimpleConditionEvent(view, count == 1,
                        view.getName() + " has " + count + " access annotations"));
            }
        };
    }
}

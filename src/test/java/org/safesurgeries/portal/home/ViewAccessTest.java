package org.safesurgeries.portal.home;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.PortalTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open which page, as the router decides it. */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class ViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_sees_the_landing_page_and_is_sent_to_sign_in_for_home() {
        navigate("", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LandingView");

        navigate("home", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_open_admin_pages() {
        for (String route : new String[] {"admin/users", "admin/practices", "admin/audit", "admin/outbox",
                "my-practice"}) {
            navigate(route, Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).isEqualTo("LoginView");
        }
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_open_admin_views() {
        for (String route : new String[] {"admin/users", "admin/practices", "admin/practices/import", "admin/audit",
                "admin/outbox"}) {
            navigate(route, Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route)
                    .isNotIn("UsersView", "PracticesView", "PracticeImportView", "AuditLogView", "OutboxView");
        }
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_sees_their_practices_at_home_and_cannot_open_another_practice() {
        navigate("home", Component.class);
        assertThat(texts()).anyMatch(t -> t.contains("ODS code Y90001")).anyMatch(t -> t.contains("ODS code Y90002"))
                .noneMatch(t -> t.contains("Y90003"));

        navigate("my-practice/999999", Component.class);
        assertThat(texts()).contains("You do not have access to this practice.");
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_sees_the_network_on_their_home_page() {
        navigate("home", Component.class);
        assertThat(texts()).anyMatch(t -> t.matches("\\d+ active GP practices are in the portal\\."));
    }

    @Test
    @WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
    void an_administrator_can_open_every_admin_view() {
        for (String route : new String[] {"admin/users", "admin/practices", "admin/practices/import", "admin/audit",
                "admin/outbox"}) {
            navigate(route, Component.class);
            assertThat(getCurrentView().getClass().getPackageName()).as(route)
                    .startsWith(PortalApplication.class.getPackageName());
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).isNotIn("LoginView");
        }
    }

    private java.util.List<String> texts() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}

package org.safesurgeries.portal.home;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.PortalTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open which page, as the router decides it. */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class ViewAccessTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.safesurgeries.portal.award.AwardReviewService reviews;

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_sees_the_landing_page_and_is_sent_to_sign_in_for_home() {
        navigate("", Component.class);
        assertThat(viewName()).isEqualTo("LandingView");

        navigate("home", Component.class);
        assertThat(viewName()).isEqualTo("LoginView");
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_open_admin_pages() {
        for (String route : new String[] {"admin/users", "admin/practices", "admin/audit", "admin/outbox",
                "my-practice"}) {
            navigate(route, Component.class);
            assertThat(viewName()).as(route).isEqualTo("LoginView");
        }
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_open_admin_views() {
        for (String route : new String[] {"admin/users", "admin/practices", "admin/practices/import", "admin/audit",
                "admin/outbox", "declarations", "network"}) {
            navigate(route, Component.class);
            assertThat(viewName()).as(route)
                    .isNotIn("UsersView", "PracticesView", "PracticeImportView", "AuditLogView", "OutboxView",
                            "DeclarationRegisterView", "NetworkDashboardView");
        }
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_sees_their_practices_at_home_and_cannot_open_another_practice() {
        navigate("home", Component.class);
        assertThat(texts()).anyMatch(t -> t.contains("ODS code Y90001")).anyMatch(t -> t.contains("ODS code Y90002"))
                .noneMatch(t -> t.contains("Y90003"))
                .anyMatch(t -> t.contains("yearly reconfirmation is due") || t.contains("Declaration in progress"));

        navigate("my-practice/999999", Component.class);
        assertThat(texts()).contains("You do not have access to this practice.");
    }

    @Test
    @WithAnonymousUser
    void a_visitor_s_menu_is_the_one_vaadin_works_out_for_a_visitor() {
        navigate("directory", Component.class);
        assertThat(menu()).isEqualTo(freshMenu()).contains("Find a Safe Surgery").doesNotContain("Registration tally");
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_manager_s_menu_is_the_one_vaadin_works_out_for_their_roles() {
        navigate("home", Component.class);
        assertThat(menu()).isEqualTo(freshMenu()).contains("Registration tally").doesNotContain("Users");
    }

    @Test
    @WithMockUser(username = "admin@demo.safesurgery.example", roles = {"ADMIN", "PRACTICE_MANAGER"})
    void an_administrator_who_also_manages_a_practice_gets_the_menu_of_both_roles() {
        navigate("home", Component.class);
        assertThat(menu()).isEqualTo(freshMenu()).contains("Registration tally", "Users");
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    // Vaadin's own answer for this request, worked out afresh rather than kept.
    private static List<String> freshMenu() {
        return MenuConfiguration.getMenuEntries().stream().map(MenuEntry::title).toList();
    }

    @Test
    @WithAnonymousUser
    void anyone_can_search_the_directory_without_signing_in() {
        navigate("directory", Component.class);
        assertThat(viewName()).isEqualTo("DirectoryView");
        test(find(com.vaadin.flow.component.textfield.TextField.class).withCaption("Postcode district").single())
                .setValue("PL1");
        test(find(com.vaadin.flow.component.button.Button.class).withText("Search").single()).click();
        assertThat(texts()).contains("1 Safe Surgery found.");
        navigate("directory/Y90003", Component.class);
        assertThat(texts()).anyMatch(t -> t.startsWith("A Safe Surgery since"));
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_opens_the_declarations_register_and_the_network_dashboard() {
        navigate("declarations", Component.class);
        assertThat(viewName()).isEqualTo("DeclarationRegisterView");
        navigate("network", Component.class);
        assertThat(viewName()).isEqualTo("NetworkDashboardView");
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_sees_the_network_on_their_home_page() {
        navigate("home", Component.class);
        assertThat(texts()).anyMatch(t -> t.matches("\\d+ active GP practices are in the portal\\."))
                .noneMatch(t -> t.contains("award application"));
        assertThat(links()).contains("Record and find training sessions");
    }

    @Test
    @WithMockUser(username = "reviewer@demo.safesurgery.example", roles = "REVIEWER")
    void a_reviewer_sees_how_many_applications_wait_for_review_on_their_home_page() {
        int waiting = reviews.count(org.safesurgeries.portal.award.ReviewQueue.Filter.WITH_PANEL);
        navigate("home", Component.class);
        assertThat(texts()).contains(waiting == 0 ? "No award applications are waiting for review."
                : waiting + (waiting == 1 ? " award application is" : " award applications are")
                + " waiting for review.");
        assertThat(links()).contains("Open the review queue");
    }

    @Test
    @WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
    void an_administrator_can_open_every_admin_view() {
        for (String route : new String[] {"admin/users", "admin/practices", "admin/practices/import", "admin/audit",
                "admin/outbox"}) {
            navigate(route, Component.class);
            assertThat(getCurrentView().getClass().getPackageName()).as(route)
                    .startsWith(PortalApplication.class.getPackageName());
            assertThat(viewName()).as(route).isNotIn("LoginView");
        }
    }

    // Views with @RolesAllowed are Spring beans that method security proxies; name the class behind the proxy.
    private String viewName() {
        return org.springframework.util.ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName();
    }

    private java.util.List<String> links() {
        return find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .map(com.vaadin.flow.component.html.Anchor::getText).toList();
    }

    private java.util.List<String> texts() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}

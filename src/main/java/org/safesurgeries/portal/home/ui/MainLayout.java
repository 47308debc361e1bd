package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.safesurgeries.portal.notification.NoticeBell;
import org.safesurgeries.portal.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.safesurgeries.portal.security.Role;

import java.util.stream.Collectors;

/**
 * The frame of every page: a side navigation built from the views' {@code @Menu} entries that this person may open,
 * and in the header the notification bell, who is signed in, with which roles, and a way to sign out.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, ObjectProvider<NoticeBell> bells,
               MenuEntries menu) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(toggle, userArea(currentUser, bells));
        var brand = new Span("Safe Surgery portal");
        brand.addClassName("portal-brand");
        var brandBox = new Div(brand);
        brandBox.getStyle().set("padding", "var(--lumo-space-m)");
        addToDrawer(brandBox, new Scroller(navigation(menu)));
    }

    private SideNav navigation(MenuEntries menu) {
        var nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : menu.forThisPerson()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Div userArea(CurrentUser currentUser, ObjectProvider<NoticeBell> bells) {
        var area = new Div();
        area.addClassName("portal-user");
        currentUser.get().ifPresentOrElse(user -> {
            var name = new Span(user.displayName());
            name.getStyle().set("font-weight", "600");
            var roles = new Span(user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
            roles.getStyle().set("color", "var(--lumo-secondary-text-color)");
            var signOut = new Button("Sign out", e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(bells.getObject(), name, roles, signOut);
        }, () -> area.add(new Anchor("login", "Sign in")));
        return area;
    }
}

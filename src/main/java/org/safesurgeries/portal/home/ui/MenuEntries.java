package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The side navigation's entries for the person using the page. Vaadin works them out by checking every view's access
 * annotations, and each check looks a service up through the class path: about half the time of building the page
 * frame, which every first page of a session does (bench/vaadin). Which views a person may open depends only on
 * whether they are signed in and on their roles (the portal checks views by their annotations alone), so the entries
 * are worked out once per set of roles and kept; there are a handful of such sets.
 */
@Component
class MenuEntries {

    private static final String SIGNED_IN = "(signed in)";

    private final Map<Set<String>, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    List<MenuEntry> forThisPerson() {
        var request = VaadinRequest.getCurrent();
        if (request == null) {
            return MenuConfiguration.getMenuEntries();
        }
        return byRoles.computeIfAbsent(roles(request), k -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    // What Vaadin's check looks at: a signed-in principal and the roles granted (empty for a visitor).
    static Set<String> roles(VaadinRequest request) {
        var roles = new TreeSet<String>();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (request.getUserPrincipal() != null && authentication != null) {
            roles.add(SIGNED_IN);
            authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
        }
        return Set.copyOf(roles);
    }
}

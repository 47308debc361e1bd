package org.safesurgeries.portal.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for the audit trail: the signed-in person's email, or "anonymous". */
public final class CurrentActor {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private CurrentActor() {
    }

    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}

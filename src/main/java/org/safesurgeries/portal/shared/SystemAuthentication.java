package org.safesurgeries.portal.shared;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs start-up work (the demo set-up, an epraccur import named in configuration) as "system" with the admin role,
 * so it goes through the same guarded services as a person would and the audit trail says who did it.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(CurrentActor.SYSTEM, "ROLE_ADMIN", work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs demo work as a given account (e.g. the demo trainer), so records show who would have made them. */
    public static void runAs(String name, String authority, Runnable work) {
        callAs(name, authority, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T callAs(String name, String authority, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(authority)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

package org.safesurgeries.portal.security;

import org.safesurgeries.portal.shared.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person, read fresh from the database for each request so that a change of roles or practices, or a
 * deactivation, takes effect at the next click. Within one HTTP request (one Vaadin round trip) the person is read
 * once and kept in the request: a round trip asked for it a dozen times, a tenth of its time (bench/vaadin). Outside
 * a request (jobs, listeners on other threads) every call reads. Services use it to check "may this person see this
 * practice".
 */
@Component
public class CurrentUser {

    public record SignedInUser(long id, String email, String displayName, Set<Role> roles, Set<Long> practiceIds) {
        public boolean has(Role role) {
            return roles.contains(role);
        }

        /** Trainers, reviewers and admins read every practice's declarations and checks; they change none. */
        public boolean readsEveryPractice() {
            return has(Role.TRAINER) || has(Role.REVIEWER) || has(Role.ADMIN);
        }
    }

    /** Start-up work run through {@link org.safesurgeries.portal.shared.SystemAuthentication}; it has no account. */
    private static final SignedInUser SYSTEM =
            new SignedInUser(0, CurrentActor.SYSTEM, "System", Set.of(Role.ADMIN), Set.of());

    private static final String KEPT = CurrentUser.class.getName() + ".";

    private final SignedInUsers accounts;

    CurrentUser(SignedInUsers accounts) {
        this.accounts = accounts;
    }

    public Optional<SignedInUser> get() {
        String name = CurrentActor.name();
        if (CurrentActor.ANONYMOUS.equals(name)) {
            return Optional.empty();
        }
        if (CurrentActor.SYSTEM.equals(name) && isSystemAdministrator()) {
            return Optional.of(SYSTEM);
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return accounts.byEmail(name);
        }
        String key = KEPT + name;
        @SuppressWarnings("unchecked")
        var kept = (Optional<SignedInUser>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = accounts.byEmail(name);
            request.setAttribute(key, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return kept;
    }

    private static boolean isSystemAdministrator() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }

    /** Administrators may see every practice; practice managers only those they belong to. */
    public boolean canAccessPractice(long practiceId) {
        return get().map(u -> u.has(Role.ADMIN) || u.practiceIds().contains(practiceId)).orElse(false);
    }

    /** For reading: trainers, reviewers and admins may read any practice, others only their own. */
    public void requirePracticeReadAccess(long practiceId) {
        if (!require().readsEveryPractice()) {
            requirePracticeAccess(practiceId);
        }
    }

    /**
     * Throws when the person may not see the practice. The message is the same whether or not the practice exists,
     * so a refusal reveals nothing about other practices.
     */
    public void requirePracticeAccess(long practiceId) {
        if (!canAccessPractice(practiceId)) {
            throw new AccessDeniedException("You do not have access to this practice.");
        }
    }
}

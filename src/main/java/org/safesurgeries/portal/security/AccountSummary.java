package org.safesurgeries.portal.security;

import java.time.Instant;
import java.util.Set;

/** An account as the admin's user list shows it. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles, Set<Long> practiceIds,
                             boolean active, boolean passwordSet, Instant createdAt) {
}

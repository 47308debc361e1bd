package org.safesurgeries.portal.security;

/** Role names for {@code @RolesAllowed}; the granted authorities carry the {@code ROLE_} prefix. */
public final class Roles {

    public static final String PRACTICE_MANAGER = "PRACTICE_MANAGER";
    public static final String TRAINER = "TRAINER";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

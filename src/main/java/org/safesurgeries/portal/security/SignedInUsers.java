package org.safesurgeries.portal.security;

import org.safesurgeries.portal.security.CurrentUser.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an active account with its roles and practices in one query. Every request reads the signed-in person
 * afresh; through the JPA repository that was three queries and a tenth of a Vaadin round trip's time
 * (bench/vaadin), for a value that is never changed here.
 */
@Component
class SignedInUsers {

    private final JdbcTemplate jdbc;

    SignedInUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active account with this email, or empty when there is none or it is deactivated. */
    Optional<SignedInUser> byEmail(String email) {
        // One row per role and practice pair: a handful of rows even for a manager of many practices.
        return jdbc.query("""
                select a.id, a.email, a.display_name, r.role, m.practice_id
                from user_account a
                left join account_role r on r.account_id = a.id
                left join practice_membership m on m.account_id = a.id
                where a.email = ? and a.active
                """, rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            long id = rs.getLong(1);
            String address = rs.getString(2);
            String name = rs.getString(3);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Set<Long> practices = new HashSet<>();
            do {
                String role = rs.getString(4);
                if (role != null) {
                    roles.add(Role.valueOf(role));
                }
                long practice = rs.getLong(5);
                if (!rs.wasNull()) {
                    practices.add(practice);
                }
            } while (rs.next());
            return Optional.of(new SignedInUser(id, address, name, Set.copyOf(roles), Set.copyOf(practices)));
        }, email);
    }
}

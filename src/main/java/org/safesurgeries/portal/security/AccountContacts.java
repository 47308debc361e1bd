package org.safesurgeries.portal.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Who to tell: the active people behind a practice, a role or a list of account ids, for notifications. It answers
 * the system, not a signed-in user, so it is not offered to views; people who can no longer sign in are left out.
 */
@Component
public class AccountContacts {

    public record Contact(long accountId, String email, String name) {
    }

    private static final RowMapper<Contact> ROW =
            (rs, n) -> new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"));

    private final JdbcTemplate jdbc;

    AccountContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The practice's active practice managers. */
    @Transactional(readOnly = true)
    public List<Contact> managersOf(long practiceId) {
        return jdbc.query("""
                select a.id, a.email, a.display_name from user_account a
                join practice_membership m on m.account_id = a.id
                join account_role r on r.account_id = a.id and r.role = 'PRACTICE_MANAGER'
                where m.practice_id = ? and a.active order by a.id
                """, ROW, practiceId);
    }

    @Transactional(readOnly = true)
    public List<Contact> withRole(Role role) {
        return jdbc.query("""
                select a.id, a.email, a.display_name from user_account a
                join account_role r on r.account_id = a.id and r.role = ?
                where a.active order by a.id
                """, ROW, role.name());
    }

    @Transactional(readOnly = true)
    public List<Contact> byIds(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select a.id, a.email, a.display_name from user_account a where a.active and a.id in ("
                + String.join(",", java.util.Collections.nCopies(accountIds.size(), "?")) + ") order by a.id",
                ROW, accountIds.toArray());
    }
}

package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

/** Practices and people of their own for notification tests, so no other test's practice gets their messages. */
final class NotificationFixtures {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    NotificationFixtures(JdbcTemplate jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A new active practice, copied from the first practice, under its own ODS code and name. */
    long practice(String odsCode, String name) {
        var existing = jdbc.queryForList("select id from practice where ods_code = ?", Long.class, odsCode);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        var columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
                + "database() and table_name = 'practice' and column_name not in ('id', 'ods_code', 'name') "
                + "and extra not like '%GENERATED%' order by ordinal_position", String.class);
        String list = String.join(", ", columns);
        jdbc.update("insert into practice (ods_code, name, " + list + ") select ?, ?, " + list
                + " from practice order by id limit 1", odsCode, name);
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    long person(String email, String name, Role role, Long practiceId) {
        SystemAuthentication.run(() -> accounts.ensureAccount(email, name, "a long test passphrase 42", Set.of(role),
                practiceId == null ? Set.of() : Set.of(practiceId)));
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    int notices(String email, NotificationKind kind) {
        return jdbc.queryForObject("select count(*) from notice n join user_account a on a.id = n.account_id "
                + "where a.email = ? and n.kind = ?", Integer.class, email, kind.name());
    }

    int emails(String email, NotificationKind kind) {
        return jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and kind = ?",
                Integer.class, email, kind.name());
    }

    String emailText(String email, NotificationKind kind) {
        return jdbc.queryForObject("select body_text from outbox_email where recipient = ? and kind = ? "
                + "order by id desc limit 1", String.class, email, kind.name());
    }
}

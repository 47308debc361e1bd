package org.safesurgeries.portal.audit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PortalTest
@WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
class AuditTrailTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    record TestEvent(UUID eventId, Instant occurredAt, String actor, String auditDetails) implements AuditableEvent {
        public String auditAction() { return "TESTED"; }
        public String auditEntityType() { return "Test"; }
        public String auditEntityId() { return "1"; }
    }

    @Test
    void inviting_someone_is_recorded_with_who_did_it() {
        String email = "audited-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.invite(email, "Audit Ed", Set.of(Role.TRAINER), Set.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'USER_INVITED' and details like ?", Integer.class,
                "%" + email + "%") == 1);
        var entry = log.find(new AuditLog.Filter(null, "USER_INVITED", null, null, null), 0, 50).stream()
                .filter(e -> e.details().contains(email)).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("admin@demo.safesurgery.example");
        assertThat(entry.details()).doesNotContain("invitation/");
    }

    @Test
    void the_same_event_delivered_twice_is_recorded_once() {
        var event = new TestEvent(UUID.randomUUID(), Instant.now(), "tester", "twice");
        trail.append(event);
        trail.append(event);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_id = ?", Integer.class,
                event.eventId().toString())).isOne();
    }

    @Test
    void the_chain_verifies_and_names_the_first_entry_someone_changed() {
        for (int i = 0; i < 3; i++) {
            trail.append(new TestEvent(UUID.randomUUID(), Instant.now(), "tester", "entry " + i));
        }
        assertThat(log.verify().intact()).isTrue();

        long target = jdbc.queryForObject("select min(id) from audit_entry where action = 'TESTED'", Long.class);
        String original = jdbc.queryForObject("select details from audit_entry where id = ?", String.class, target);
        jdbc.update("update audit_entry set details = 'nothing to see' where id = ?", target);
        try {
            var check = log.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenEntryId()).isEqualTo(target);
            assertThat(check.problem()).contains("changed after it was written");
        } finally {
            jdbc.update("update audit_entry set details = ? where id = ?", original, target);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void a_deleted_entry_breaks_the_link_of_the_next_one() {
        var events = new TestEvent[3];
        for (int i = 0; i < 3; i++) {
            events[i] = new TestEvent(UUID.randomUUID(), Instant.now(), "tester", "deletable " + i);
            trail.append(events[i]);
        }
        var middle = jdbc.queryForMap("select * from audit_entry where event_id = ?", events[1].eventId().toString());
        long next = jdbc.queryForObject("select id from audit_entry where event_id = ?", Long.class,
                events[2].eventId().toString());
        jdbc.update("delete from audit_entry where id = ?", middle.get("id"));
        try {
            var check = log.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenEntryId()).isEqualTo(next);
        } finally {
            jdbc.update("""
                    insert into audit_entry (id, event_id, occurred_at, actor, action, entity_type, entity_id, details,
                    previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", middle.get("id"),
                    middle.get("event_id"), middle.get("occurred_at"), middle.get("actor"), middle.get("action"),
                    middle.get("entity_type"), middle.get("entity_id"), middle.get("details"),
                    middle.get("previous_hash"), middle.get("entry_hash"));
        }
        assertThat(log.verify().intact()).isTrue();
    }
}

package org.safesurgeries.portal.training;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.shared.PatientDataRejected;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.SessionDetails.NamedAttendee;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingEvents.TrainingAttended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PortalTest
@RecordApplicationEvents
class TrainingRecordsTest {

    static final String TRAINER = "trainer@demo.safesurgery.example";
    static final String MANAGER = "manager@demo.safesurgery.example";

    @Autowired
    TrainingRecords training;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void a_trainers_session_is_verified_and_names_attendees_for_their_certificates() {
        long practice = idOf("Y90004");
        var session = training.record(session(LocalDate.now().minusDays(3), Source.DOTW_TRAINER, practice, 3,
                List.of(new NamedAttendee(practice, "Sam Reed", StaffRole.RECEPTION_ADMIN,
                        EmailAddress.parse("sam.reed@practice.nhs.uk")))));
        assertThat(session.verified()).isTrue();
        assertThat(session.editableByMe()).isTrue();
        assertThat(session.topics()).contains("Registration without documents");
        assertThat(training.sessionsOf(practice)).extracting(TrainingRecords.SessionRecord::id).contains(session.id());
        assertThat(events.stream(TrainingAttended.class)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Sam Reed");
            assertThat(e.email()).isEqualTo("sam.reed@practice.nhs.uk");
            assertThat(e.sessionId()).isEqualTo(session.id());
        });
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void bad_sessions_are_refused_with_a_reason() {
        long practice = idOf("Y90005");
        assertThatThrownBy(() -> training.record(session(LocalDate.now().plusDays(1), Source.DOTW_TRAINER, practice,
                2, List.of()))).hasMessageContaining("future");
        assertThatThrownBy(() -> training.record(session(LocalDate.now(), Source.IN_HOUSE, practice, 2, List.of())))
                .hasMessageContaining("Trainers record the sessions they deliver");
        assertThatThrownBy(() -> session(LocalDate.now(), Source.DOTW_TRAINER, practice, 501, List.of()))
                .hasMessageContaining("0 to 500");
        assertThatThrownBy(() -> session(LocalDate.now(), Source.DOTW_TRAINER, practice, 0, List.of()))
                .hasMessageContaining("how many staff attended");
        assertThatThrownBy(() -> new SessionDetails(LocalDate.now(), SessionFormat.ONLINE, Source.DOTW_TRAINER, 60,
                Set.of(1L), List.of(new Attendance(practice, StaffRole.CLINICAL, 2)), List.of(),
                "Patient NHS number 943 476 5919 asked about it")).isInstanceOf(PatientDataRejected.class);
        assertThatThrownBy(() -> EmailAddress.parse("not an email")).hasMessageContaining("email address");
        assertThatThrownBy(() -> session(LocalDate.now(), Source.DOTW_TRAINER, practice, 2,
                List.of(new NamedAttendee(idOf("Y90006"), "Jo Bloggs", StaffRole.CLINICAL,
                        EmailAddress.parse("jo@practice.nhs.uk"))))).hasMessageContaining("one of the session's");
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void a_second_session_on_the_same_day_for_the_same_practice_is_a_likely_duplicate() {
        long practice = idOf("Y90007");
        var day = LocalDate.now().minusDays(10);
        var first = training.record(session(day, Source.DOTW_TRAINER, practice, 4, List.of()));
        assertThat(training.likelyDuplicates(session(day, Source.DOTW_TRAINER, practice, 2, List.of()), null))
                .extracting(TrainingRecords.SessionRecord::id).containsExactly(first.id());
        assertThat(training.likelyDuplicates(session(day.minusDays(1), Source.DOTW_TRAINER, practice, 2, List.of()),
                null)).isEmpty();
        assertThat(training.likelyDuplicates(session(day, Source.DOTW_TRAINER, practice, 2, List.of()), first.id()))
                .as("a session is not a duplicate of itself").isEmpty();
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void a_session_is_locked_after_30_days_until_an_administrator_unlocks_it() {
        long practice = idOf("Y90008");
        var session = training.record(session(LocalDate.now().minusDays(40), Source.DOTW_TRAINER, practice, 4,
                List.of()));
        var changed = training.change(session.id(), session.version(),
                session(LocalDate.now().minusDays(40), Source.DOTW_TRAINER, practice, 5, List.of()));
        assertThat(changed.details().attended(practice, StaffRole.RECEPTION_ADMIN)).isEqualTo(5);

        jdbc.update("update training_session set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(31))), session.id());
        var locked = training.session(session.id());
        assertThat(locked.locked()).isTrue();
        assertThatThrownBy(() -> training.change(session.id(), locked.version(),
                session(LocalDate.now().minusDays(40), Source.DOTW_TRAINER, practice, 6, List.of())))
                .hasMessageContaining("locked");

        SystemAuthentication.run(() -> training.unlock(session.id()));
        var unlocked = training.session(session.id());
        assertThat(unlocked.locked()).isFalse();
        training.change(session.id(), unlocked.version(), session(LocalDate.now().minusDays(40), Source.DOTW_TRAINER,
                practice, 6, List.of()));
        await().untilAsserted(() -> assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = "
                + "'TRAINING_SESSION_UNLOCKED' and entity_id = ?", Integer.class, Long.toString(session.id()))).isOne());
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void two_people_editing_the_same_session_cannot_overwrite_each_other() {
        long practice = idOf("Y90009");
        var session = training.record(session(LocalDate.now().minusDays(2), Source.DOTW_TRAINER, practice, 4,
                List.of()));
        training.change(session.id(), session.version(), session(LocalDate.now().minusDays(2), Source.DOTW_TRAINER,
                practice, 5, List.of()));
        assertThatThrownBy(() -> training.change(session.id(), session.version(),
                session(LocalDate.now().minusDays(2), Source.DOTW_TRAINER, practice, 7, List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_practice_manager_records_their_own_training_as_self_reported_and_sees_coverage() {
        long own = idOf("Y90001");
        var before = reception(own);
        var session = training.record(session(LocalDate.now().minusDays(1), Source.IN_HOUSE, own, 2, List.of()));
        assertThat(session.verified()).isFalse();
        var after = reception(own);
        assertThat(after.trained() - before.trained()).isEqualTo(2);
        assertThat(after.lastTrainedOn()).isEqualTo(LocalDate.now().minusDays(1));

        assertThatThrownBy(() -> training.record(session(LocalDate.now(), Source.DOTW_TRAINER, own, 2, List.of())))
                .hasMessageContaining("Only Doctors of the World trainers");
        long other = idOf("Y90010");
        assertThatThrownBy(() -> training.record(session(LocalDate.now(), Source.IN_HOUSE, other, 2, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.sessionsOf(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.coverage(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
    void administrators_extend_and_retire_topics() {
        var topic = training.addTopic("  Charging regulations and exemptions ");
        assertThat(topic.name()).isEqualTo("Charging regulations and exemptions");
        assertThatThrownBy(() -> training.addTopic("charging regulations and exemptions"))
                .hasMessageContaining("already a topic");
        training.setTopicActive(topic.id(), false);
        assertThat(training.topics()).filteredOn(t -> t.id() == topic.id()).singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_manage_topics() {
        assertThatThrownBy(() -> training.addTopic("Anything")).isInstanceOf(AccessDeniedException.class);
    }

    private TrainingCoverage.RoleCoverage reception(long practice) {
        return training.coverage(practice).stream().filter(c -> c.role() == StaffRole.RECEPTION_ADMIN).findFirst()
                .orElseThrow();
    }

    private SessionDetails session(LocalDate on, Source source, long practice, int reception,
                                   List<NamedAttendee> attendees) {
        long topic = jdbc.queryForObject("select id from training_topic where name = 'Registration without documents'",
                Long.class);
        return new SessionDetails(on, SessionFormat.IN_PERSON, source, 90, Set.of(topic),
                List.of(new Attendance(practice, StaffRole.RECEPTION_ADMIN, reception)), attendees, null);
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}

package org.safesurgeries.portal.registrationaudit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The practice's anonymous tally: logging a registration adds one to the counter of its month and answers, in one
 * atomic statement, so simultaneous logging at several desks never loses a count. No row per registration, no
 * timestamp, no free text; and, deliberately, no audit-trail entry, whose time would date the registration.
 */
@Service
@Transactional
public class RegistrationTally {

    /** One month of a practice's own exact figures. */
    public record MonthFigures(YearMonth month, long registrations, long noPhotoId, long noProofOfAddress,
                               long noImmigrationDocuments, long noNhsNumber, long interpreterNeeded,
                               long registered, long pending, long refused) {
    }

    private static final String KEY_COLUMNS = "practice_id = ? and month = ? and registration_type = ? and "
            + "no_photo_id = ? and no_proof_of_address = ? and no_immigration_documents = ? and no_nhs_number = ? "
            + "and interpreter_language = ? and outcome = ? and refusal_reason = ?";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    RegistrationTally(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void log(long practiceId, TallyKey key) {
        currentUser.requirePracticeAccess(practiceId);
        key.requireLoggable(currentMonth());
        jdbc.update("""
                insert into registration_tally (practice_id, month, registration_type, no_photo_id,
                    no_proof_of_address, no_immigration_documents, no_nhs_number, interpreter_language, outcome,
                    refusal_reason, registrations) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                on duplicate key update registrations = registrations + 1
                """, keyValues(practiceId, key));
    }

    /** Adds a month's count for one combination at once (bulk entry from a clinical system's figures). */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void add(long practiceId, TallyKey key, int registrations) {
        currentUser.requirePracticeAccess(practiceId);
        key.requireLoggable(currentMonth());
        if (registrations < 0 || registrations > 10_000) {
            throw new IllegalArgumentException("A count is a whole number from 0 to 10,000.");
        }
        var values = new java.util.ArrayList<Object>(List.of(keyValues(practiceId, key)));
        values.add(registrations);
        values.add(registrations);
        jdbc.update("""
                insert into registration_tally (practice_id, month, registration_type, no_photo_id,
                    no_proof_of_address, no_immigration_documents, no_nhs_number, interpreter_language, outcome,
                    refusal_reason, registrations) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update registrations = registrations + ?
                """, values.toArray());
    }

    /** Takes back one registration logged with these answers; false when there is none to take back. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public boolean undo(long practiceId, TallyKey key) {
        currentUser.requirePracticeAccess(practiceId);
        return jdbc.update("update registration_tally set registrations = registrations - 1 where " + KEY_COLUMNS
                + " and registrations > 0", keyValues(practiceId, key)) == 1;
    }

    /** The practice's own exact figures, month by month, newest first. Only for the practice itself. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<MonthFigures> ownFigures(long practiceId, int months) {
        currentUser.requirePracticeAccess(practiceId);
        return jdbc.query("""
                select month, sum(registrations), sum(if(no_photo_id, registrations, 0)),
                       sum(if(no_proof_of_address, registrations, 0)), sum(if(no_immigration_documents, registrations, 0)),
                       sum(if(no_nhs_number, registrations, 0)), sum(if(interpreter_language <> '', registrations, 0)),
                       sum(if(outcome = 'REGISTERED', registrations, 0)), sum(if(outcome = 'PENDING', registrations, 0)),
                       sum(if(outcome = 'REFUSED', registrations, 0))
                from registration_tally where practice_id = ? and month >= ?
                group by month order by month desc
                """, (rs, n) -> new MonthFigures(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                rs.getLong(10)), practiceId, currentMonth().minusMonths(months - 1L).toString());
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    private static Object[] keyValues(long practiceId, TallyKey key) {
        return new Object[] {practiceId, key.month().toString(), key.type().name(),
                key.missing(MissingDocument.PHOTO_ID), key.missing(MissingDocument.PROOF_OF_ADDRESS),
                key.missing(MissingDocument.IMMIGRATION_DOCUMENTS), key.missing(MissingDocument.NHS_NUMBER),
                key.interpreterLanguage() == null ? "" : key.interpreterLanguage().value(), key.outcome().name(),
                key.refusalReason() == null ? "" : key.refusalReason().name()};
    }
}

package org.safesurgeries.portal.security;

import org.safesurgeries.portal.award.HostileFiles;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The identifiers the access matrix tries, and the little the demo lacks, on two practices of the test's own:
 * Z98001, which the demo manager joins while the matrix runs, holds an award application that the panel has
 * reviewed (a private note, a comment for the practice, a decision asking for changes) and on which the
 * lived-experience reviewer declared a conflict of interest; Z98002, its neighbour, shared a trainer's session with
 * it, each with a named attendee. Written as plain rows, so that no event, notice or email follows, and removed
 * again by {@link #remove()} (the evidence file's bytes are stored once per content and shared with other tests).
 *
 * <p>"Practice B" is the demo practice that holds the demo's award, which the manager does not manage: its
 * application, evidence, declaration, checks, training and certificates are what a manager of practice A must not
 * reach.
 */
final class AccessMatrixData {

    static final String MANAGER = "manager@demo.safesurgery.example";
    static final String TRAINER = "trainer@demo.safesurgery.example";
    static final String LEAD = "reviewer@demo.safesurgery.example";
    static final String LIVED = "reviewer2@demo.safesurgery.example";
    static final String ADMIN = "admin@demo.safesurgery.example";

    static final String OWN_ODS = "Z98001";
    static final String NEIGHBOUR_ODS = "Z98002";
    static final String OWN_ATTENDEE = "Olu Matrix-Own";
    static final String NEIGHBOUR_ATTENDEE = "Nell Matrix-Neighbour";
    static final String NEIGHBOUR_EMAIL = "nell.neighbour@matrix.test";
    static final String PRIVATE_NOTE = "MATRIX-PRIVATE: only the panel may read this";
    static final String COMMENT = "MATRIX-COMMENT: tell us the dates of your training.";
    static final String NARRATIVE = "MATRIX-NARRATIVE: our receptionists register everyone.";

    private final JdbcTemplate jdbc;

    final long managedPractice;
    final long ownPractice;
    final long ownApplication;
    final long neighbourPractice;
    final long sharedSession;
    final long ownSession;
    final long trainerSession;
    final long otherPractice;
    final String otherOds;
    final String otherName;
    final long otherApplication;
    final long otherEvidence;
    final long otherSession;
    final long otherCheck;
    final long missingPractice;
    final long missingApplication;
    final long missingEvidence;
    final long missingSession;
    final long missingCheck;
    final String certificateCode;

    AccessMatrixData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        managedPractice = practice("Y90001");
        otherPractice = jdbc.queryForObject("select practice_id from award order by id limit 1", Long.class);
        otherOds = jdbc.queryForObject("select ods_code from practice where id = ?", String.class, otherPractice);
        otherName = jdbc.queryForObject("select name from practice where id = ?", String.class, otherPractice);
        otherApplication = jdbc.queryForObject("select application_id from award order by id limit 1", Long.class);
        otherEvidence = jdbc.queryForObject("select min(id) from award_evidence where application_id = ?", Long.class,
                otherApplication);
        otherSession = jdbc.queryForObject("""
                select min(a.session_id) from training_attendance a where a.practice_id = ? and not exists (
                    select 1 from training_attendance mine
                    join practice_membership m on m.practice_id = mine.practice_id
                    join user_account u on u.id = m.account_id where mine.session_id = a.session_id and u.email = ?)
                """, Long.class, otherPractice, MANAGER);
        otherCheck = jdbc.queryForObject("select min(id) from mystery_shopper_check where practice_id = ?", Long.class,
                otherPractice);
        ownSession = jdbc.queryForObject("select min(session_id) from training_attendance where practice_id = ?",
                Long.class, managedPractice);
        trainerSession = jdbc.queryForObject("select min(id) from training_session where recorded_by = ?", Long.class,
                TRAINER);
        certificateCode = jdbc.queryForObject("select code from certificate where practice_id = ? order by id limit 1",
                String.class, otherPractice);
        missingPractice = beyond("practice");
        missingApplication = beyond("award_application");
        missingEvidence = beyond("award_evidence");
        missingSession = beyond("training_session");
        missingCheck = beyond("mystery_shopper_check");
        remove();
        ownPractice = copyOfManagedPractice(OWN_ODS, "Access Matrix Surgery");
        jdbc.update("insert into practice_membership (practice_id, account_id) values (?, ?)", ownPractice,
                account(MANAGER));
        ownApplication = reviewedApplication(ownPractice);
        neighbourPractice = copyOfManagedPractice(NEIGHBOUR_ODS, "Access Matrix Neighbour");
        sharedSession = sharedSession(ownPractice, neighbourPractice);
    }

    PracticeBProbes.Target practiceB() {
        return new PracticeBProbes.Target(otherPractice, otherApplication, otherEvidence, otherSession, otherCheck);
    }

    PracticeBProbes.Target nothing() {
        return new PracticeBProbes.Target(missingPractice, missingApplication, missingEvidence, missingSession,
                missingCheck);
    }

    long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    long account(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    /** Everything this class wrote, children first. */
    void remove() {
        List<Long> applications = jdbc.queryForList("select a.id from award_application a join practice p on "
                + "p.id = a.practice_id where p.ods_code = ?", Long.class, OWN_ODS);
        for (long id : applications) {
            jdbc.update("delete r from award_change_request r join award_decision d on d.id = r.decision_id "
                    + "where d.application_id = ?", id);
            jdbc.update("delete from award_decision where application_id = ?", id);
            jdbc.update("delete r from award_assessment_rating r join award_assessment a on a.id = r.assessment_id "
                    + "where a.application_id = ?", id);
            for (String table : List.of("award_assessment", "award_panel_member", "award_conflict_declaration",
                    "award_evidence", "award_response")) {
                jdbc.update("delete from " + table + " where application_id = ?", id);
            }
            jdbc.update("delete from award_application where id = ?", id);
        }
        List<Long> sessions = jdbc.queryForList("select distinct a.session_id from training_attendance a "
                + "join practice p on p.id = a.practice_id where p.ods_code in (?, ?)", Long.class, OWN_ODS,
                NEIGHBOUR_ODS);
        for (long id : sessions) {
            for (String table : List.of("training_attendee", "training_attendance", "training_session_topic")) {
                jdbc.update("delete from " + table + " where session_id = ?", id);
            }
            jdbc.update("delete from training_session where id = ?", id);
        }
        jdbc.update("delete m from practice_membership m join practice p on p.id = m.practice_id where p.ods_code in "
                + "(?, ?)", OWN_ODS, NEIGHBOUR_ODS);
        jdbc.update("delete from practice where ods_code in (?, ?)", OWN_ODS, NEIGHBOUR_ODS);
    }

    private long beyond(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from " + table, Long.class);
    }

    private long copyOfManagedPractice(String odsCode, String name) {
        var columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
                + "database() and table_name = 'practice' and column_name not in ('id', 'ods_code', 'name') "
                + "and extra not like '%GENERATED%' order by ordinal_position", String.class);
        String list = String.join(", ", columns);
        jdbc.update("insert into practice (ods_code, name, " + list + ") select ?, ?, " + list
                + " from practice where id = ?", odsCode, name, managedPractice);
        return practice(odsCode);
    }

    // A trainer's session that the demo manager's own practice shared with a neighbour, each with a named attendee.
    private long sharedSession(long own, long neighbour) {
        jdbc.update("insert into training_session (delivered_on, source, format, duration_minutes, recorded_by, "
                + "created_at) values (date_sub(curdate(), interval 10 day), 'DOTW_TRAINER', 'IN_PERSON', 60, ?, "
                + "now(6))", TRAINER);
        long id = jdbc.queryForObject("select max(id) from training_session where recorded_by = ?", Long.class,
                TRAINER);
        jdbc.update("insert into training_session_topic (session_id, topic_id) select ?, min(id) from training_topic",
                id);
        jdbc.update("insert into training_attendance (session_id, practice_id, staff_role, attended) values "
                + "(?, ?, 'RECEPTION_ADMIN', 2), (?, ?, 'RECEPTION_ADMIN', 3)", id, own, id, neighbour);
        jdbc.update("insert into training_attendee (session_id, position, practice_id, name, staff_role, email) values "
                + "(?, 0, ?, ?, 'RECEPTION_ADMIN', 'olu.own@matrix.test'), (?, 1, ?, ?, 'RECEPTION_ADMIN', ?)",
                id, own, OWN_ATTENDEE, id, neighbour, NEIGHBOUR_ATTENDEE, NEIGHBOUR_EMAIL);
        return id;
    }

    private long reviewedApplication(long practiceId) {
        var now = Timestamp.from(Instant.now());
        long criteria = jdbc.queryForObject("select max(id) from award_criteria_version", Long.class);
        long criterion = jdbc.queryForObject("select min(id) from award_criterion where criteria_version_id = ?",
                Long.class, criteria);
        jdbc.update("insert into award_application (practice_id, criteria_version_id, status, round, started_at, "
                + "started_by, submitted_at, submitted_by, status_since) values (?, ?, 'CHANGES_REQUESTED', 1, ?, ?, "
                + "?, ?, ?)", practiceId, criteria, now, MANAGER, now, MANAGER, now);
        long id = jdbc.queryForObject("select id from award_application where practice_id = ?", Long.class,
                practiceId);
        jdbc.update("insert into award_response (application_id, criterion_id, narrative, updated_at, updated_by) "
                + "values (?, ?, ?, ?, ?)", id, criterion, NARRATIVE, now, MANAGER);
        byte[] pdf = HostileFiles.goodPdf();
        String sha = sha256(pdf);
        jdbc.update("insert ignore into award_evidence_content (sha256, bytes) values (?, ?)", sha, pdf);
        jdbc.update("insert into award_evidence (application_id, criterion_id, file_name, kind, size_bytes, sha256, "
                + "uploaded_at, uploaded_by) values (?, ?, 'matrix-evidence.pdf', 'PDF', ?, ?, ?, ?)", id, criterion,
                pdf.length, sha, now, MANAGER);
        long lead = account(LEAD);
        jdbc.update("insert into award_conflict_declaration (application_id, account_id, conflicted, declared_at) "
                + "values (?, ?, false, ?), (?, ?, true, ?)", id, lead, now, id, account(LIVED), now);
        jdbc.update("insert into award_panel_member (application_id, account_id, assigned_by, assigned_at) "
                + "values (?, ?, ?, ?)", id, lead, LEAD, now);
        jdbc.update("insert into award_assessment (application_id, round, account_id, submitted_at) "
                + "values (?, 1, ?, ?)", id, lead, now);
        long assessment = jdbc.queryForObject("select id from award_assessment where application_id = ?", Long.class,
                id);
        jdbc.update("insert into award_assessment_rating (assessment_id, criterion_id, rating, comment_for_practice, "
                + "private_note) values (?, ?, 'PARTLY_MET', ?, ?)", assessment, criterion, COMMENT, PRIVATE_NOTE);
        jdbc.update("insert into award_decision (application_id, round, outcome, rationale, decided_by, decided_at) "
                + "values (?, 1, 'REQUEST_CHANGES', 'Nearly there.', ?, ?)", id, LEAD, now);
        return id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

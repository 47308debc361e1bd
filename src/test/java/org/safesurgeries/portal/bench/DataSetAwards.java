package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Award applications on the first APPLICATIONS practices, one each, in every state: a quarter drafts (some criteria
 * answered, no evidence), a quarter submitted (one in twenty past the 30-day review target), 15% under review (the
 * two demo reviewers on the panel, conflicts declared, the lead's assessment submitted), 5% changes requested, 20%
 * awarded (an active award for three years) and 10% not awarded, each decided after both reviewers' assessments.
 * Submitted ones answer every criterion with one or two evidence files (metadata rows; 24 small PDF and PNG files
 * shared by content, as the table stores them once per SHA-256).
 */
final class DataSetAwards {

    private static final String LEAD = "reviewer@demo.safesurgery.example";
    private static final String LIVED = "reviewer2@demo.safesurgery.example";
    private static final String[] PHRASES = {"Our reception team completed the Safe Surgeries training",
            "we accept a care-of address such as a day centre", "interpreters are booked by telephone as routine",
            "posters in Arabic, Tigrinya and Farsi are displayed in the waiting room",
            "a volunteer with lived experience joined our patient participation group",
            "we meet the local refugee drop-in every month", "our registration policy was rewritten this year",
            "we shared our policy with the primary care network", "staff briefings explain that no ID is needed",
            "the practice newsletter announced our commitment"};

    private final JdbcTemplate jdbc;
    private final Random random;

    DataSetAwards(JdbcTemplate jdbc, Random random) {
        this.jdbc = jdbc;
        this.random = random;
    }

    void create(int count) {
        List<Long> practices = jdbc.queryForList("select id from practice where ods_code like 'W%' order by id limit ?",
                Long.class, count);
        List<Long> criteria = jdbc.queryForList("select id from award_criterion where criteria_version_id = ("
                + "select max(id) from award_criteria_version) order by section, position", Long.class);
        long criteriaVersion = jdbc.queryForObject("select max(id) from award_criteria_version", Long.class);
        long lead = jdbc.queryForObject("select id from user_account where email = ?", Long.class, LEAD);
        long lived = jdbc.queryForObject("select id from user_account where email = ?", Long.class, LIVED);
        var contents = evidenceContents();
        jdbc.batchUpdate("insert ignore into award_evidence_content (sha256, bytes) values (?, ?)",
                contents.stream().map(c -> new Object[] {c.sha256(), c.bytes()}).toList());

        long application = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from award_application", Long.class);
        long assessment = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from award_assessment", Long.class);
        long decision = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from award_decision", Long.class);
        var now = Instant.now();
        var rows = new Rows();
        for (int n = 0; n < practices.size(); n++, application++) {
            long practice = practices.get(n);
            String manager = "manager." + DataSetPractices.odsCode(n + 1).toLowerCase() + "@bench.safesurgery.example";
            int pick = n % 20;
            String status = pick < 5 ? "DRAFT" : pick < 10 ? "SUBMITTED" : pick < 13 ? "UNDER_REVIEW"
                    : pick < 14 ? "CHANGES_REQUESTED" : pick < 18 ? "AWARDED" : "NOT_AWARDED";
            boolean decided = pick >= 13;
            Instant submitted = switch (status) {
                case "DRAFT" -> null;
                case "SUBMITTED", "UNDER_REVIEW" -> now.minus(Duration.ofHours(
                        random.nextInt(20) == 0 ? 24 * 31 + random.nextInt(24 * 30) : 1 + random.nextInt(24 * 28)));
                default -> now.minus(Duration.ofDays(40 + random.nextInt(800)));
            };
            Instant started = (submitted == null ? now : submitted).minus(Duration.ofDays(1 + random.nextInt(60)));
            Instant decidedAt = decided ? submitted.plus(Duration.ofDays(5 + random.nextInt(30))) : null;
            Instant since = decided ? decidedAt : submitted == null ? started : submitted;
            rows.applications.add(new Object[] {application, practice, criteriaVersion, status, ts(started), manager,
                    ts(submitted), submitted == null ? null : manager, ts(since)});
            int answered = status.equals("DRAFT") ? random.nextInt(criteria.size() + 1) : criteria.size();
            for (int c = 0; c < answered; c++) {
                rows.responses.add(new Object[] {application, criteria.get(c), narrative(), ts(started), manager});
                if (!status.equals("DRAFT")) {
                    for (int e = 0; e < 1 + random.nextInt(2); e++) {
                        var content = contents.get(random.nextInt(contents.size()));
                        rows.evidence.add(new Object[] {application, criteria.get(c),
                                "evidence-" + (c + 1) + "-" + (e + 1) + "." + content.extension(), content.kind(),
                                content.bytes().length, content.sha256(), ts(started), manager});
                    }
                }
            }
            if (status.equals("SUBMITTED")) {
                continue;
            }
            if (!status.equals("DRAFT")) {
                Instant assigned = submitted.plus(Duration.ofHours(2));
                for (long reviewer : List.of(lead, lived)) {
                    rows.conflicts.add(new Object[] {application, reviewer, ts(assigned)});
                    rows.panel.add(new Object[] {application, reviewer, LEAD, ts(assigned)});
                    if (decided || reviewer == lead) {
                        rows.assessments.add(new Object[] {assessment, application, reviewer,
                                ts(decided ? decidedAt.minus(Duration.ofDays(1)) : assigned.plus(Duration.ofHours(5)))});
                        for (long criterion : criteria) {
                            int r = random.nextInt(10);
                            rows.ratings.add(new Object[] {assessment, criterion,
                                    status.equals("NOT_AWARDED") && r < 5 ? "NOT_MET" : r < 7 ? "MET" : "PARTLY_MET",
                                    "Thank you: " + PHRASES[random.nextInt(PHRASES.length)] + ".", null});
                        }
                        assessment++;
                    }
                }
            }
            if (decided) {
                String outcome = switch (status) {
                    case "AWARDED" -> "AWARD";
                    case "NOT_AWARDED" -> "NOT_AWARD";
                    default -> "REQUEST_CHANGES";
                };
                rows.decisions.add(new Object[] {decision, application, outcome,
                        "The panel considered every criterion and the evidence given.", LEAD, ts(decidedAt)});
                if (outcome.equals("REQUEST_CHANGES")) {
                    rows.changes.add(new Object[] {decision, criteria.get(1), "Please attach the briefing notes."});
                    rows.changes.add(new Object[] {decision, criteria.get(4), "Tell us how interpreters are booked."});
                }
                if (outcome.equals("AWARD")) {
                    var awarded = LocalDate.ofInstant(decidedAt, PortalDataSet.LONDON);
                    rows.awards.add(new Object[] {practice, application, Date.valueOf(awarded),
                            Date.valueOf(awarded.plusYears(3))});
                }
                decision++;
            }
        }
        rows.write(jdbc);
        System.out.printf("    %,d applications, %,d responses, %,d evidence files, %,d assessments, %,d decisions,"
                        + " %,d awards%n", rows.applications.size(), rows.responses.size(), rows.evidence.size(),
                rows.assessments.size(), rows.decisions.size(), rows.awards.size());
    }

    private static final class Rows {
        final List<Object[]> applications = new ArrayList<>();
        final List<Object[]> responses = new ArrayList<>();
        final List<Object[]> evidence = new ArrayList<>();
        final List<Object[]> conflicts = new ArrayList<>();
        final List<Object[]> panel = new ArrayList<>();
        final List<Object[]> assessments = new ArrayList<>();
        final List<Object[]> ratings = new ArrayList<>();
        final List<Object[]> decisions = new ArrayList<>();
        final List<Object[]> changes = new ArrayList<>();
        final List<Object[]> awards = new ArrayList<>();

        void write(JdbcTemplate jdbc) {
            jdbc.batchUpdate("insert into award_application (id, practice_id, criteria_version_id, status, started_at,"
                    + " started_by, submitted_at, submitted_by, status_since) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    applications);
            jdbc.batchUpdate("insert into award_response (application_id, criterion_id, narrative, updated_at,"
                    + " updated_by) values (?, ?, ?, ?, ?)", responses);
            jdbc.batchUpdate("insert into award_evidence (application_id, criterion_id, file_name, kind, size_bytes,"
                    + " sha256, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", evidence);
            jdbc.batchUpdate("insert into award_conflict_declaration (application_id, account_id, conflicted,"
                    + " declared_at) values (?, ?, false, ?)", conflicts);
            jdbc.batchUpdate("insert into award_panel_member (application_id, account_id, assigned_by, assigned_at)"
                    + " values (?, ?, ?, ?)", panel);
            jdbc.batchUpdate("insert into award_assessment (id, application_id, round, account_id, submitted_at)"
                    + " values (?, ?, 1, ?, ?)", assessments);
            jdbc.batchUpdate("insert into award_assessment_rating (assessment_id, criterion_id, rating,"
                    + " comment_for_practice, private_note) values (?, ?, ?, ?, ?)", ratings);
            jdbc.batchUpdate("insert into award_decision (id, application_id, round, outcome, rationale, decided_by,"
                    + " decided_at) values (?, ?, 1, ?, ?, ?, ?)", decisions);
            jdbc.batchUpdate("insert into award_change_request (decision_id, criterion_id, needed) values (?, ?, ?)",
                    changes);
            jdbc.batchUpdate("insert into award (practice_id, application_id, awarded_on, expires_on, status)"
                    + " values (?, ?, ?, ?, 'ACTIVE')", awards);
        }
    }

    private String narrative() {
        var text = new StringBuilder();
        for (int i = 0; i < 3 + random.nextInt(5); i++) {
            text.append(i == 0 ? "" : "; ").append(PHRASES[random.nextInt(PHRASES.length)]);
        }
        return text.append('.').toString();
    }

    record Content(String kind, String extension, byte[] bytes, String sha256) {
    }

    /** 16 one-page PDFs and 8 small PNG images, each different. */
    private List<Content> evidenceContents() {
        var contents = new ArrayList<Content>();
        for (int i = 0; i < 16; i++) {
            String text = "Evidence " + (i + 1) + ": " + PHRASES[i % PHRASES.length];
            String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
            String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                    + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                    + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                    + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                    + "trailer << /Root 1 0 R >>\n%%EOF\n";
            byte[] bytes = pdf.getBytes(StandardCharsets.US_ASCII);
            contents.add(new Content("PDF", "pdf", bytes, sha256(bytes)));
        }
        for (int i = 0; i < 8; i++) {
            var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(0, 0, 64, 48);
            g.dispose();
            var out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            contents.add(new Content("PNG", "png", out.toByteArray(), sha256(out.toByteArray())));
        }
        return contents;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

package org.safesurgeries.portal.practice;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.ImportReport.RejectedLine;
import org.safesurgeries.portal.practice.PracticeEvents.PracticesImported;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CsvText;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.OdsCode;
import org.safesurgeries.portal.shared.PatientDataGuard;
import org.safesurgeries.portal.shared.Postcode;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports the NHS epraccur file. Only rows with prescribing setting 4 (GP practices) become practices. Re-importing
 * updates names and addresses and marks closed practices closed; it never deletes a practice. The national file
 * (~12,000 rows) is compared with what is stored in memory and written in JDBC batches, in one transaction.
 */
@Service
public class EpraccurImporter {

    private static final int GP_PRACTICE = 4;
    private static final int BATCH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EpraccurImporter(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The official details of one practice, as one epraccur row gives them. */
    record OfficialRecord(String odsCode, String name, String line1, String line2, String line3, String town,
                          String county, String postcode, String regionCode, String icbCode, String telephone,
                          PracticeStatus status, LocalDate openedOn, LocalDate closedOn) {
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public ImportReport importFile(byte[] content, String fileName, ImportProgress progress) {
        var lines = EpraccurFile.read(content);
        List<RejectedLine> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Long> existingIds = new HashMap<>();
        Map<String, OfficialRecord> existing = loadExisting(existingIds);
        List<OfficialRecord> inserts = new ArrayList<>();
        List<OfficialRecord> updates = new ArrayList<>();
        int skipped = 0;
        int closed = 0;
        int unchanged = 0;
        for (var line : lines) {
            var fields = line.fields();
            if (fields.size() != EpraccurFile.COLUMNS) {
                rejected.add(new RejectedLine(line.number(), "has " + fields.size() + " columns instead of "
                        + EpraccurFile.COLUMNS));
                continue;
            }
            if (fields.stream().anyMatch(field -> field.indexOf(CsvText.DAMAGED) >= 0)) {
                rejected.add(new RejectedLine(line.number(), "has bytes that are not valid UTF-8 (shown as \uFFFD); "
                        + "save the file as UTF-8 and import it again"));
                continue;
            }
            if (!String.valueOf(GP_PRACTICE).equals(fields.get(25))) {
                skipped++;
                continue;
            }
            OfficialRecord row;
            try {
                row = parse(fields);
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedLine(line.number(), e.getMessage()));
                continue;
            }
            if (row == null) {
                skipped++;
                continue;
            }
            Integer firstLine = seen.putIfAbsent(row.odsCode(), line.number());
            if (firstLine != null) {
                rejected.add(new RejectedLine(line.number(), "ODS code " + row.odsCode()
                        + " appears again (first on line " + firstLine + ")"));
                continue;
            }
            OfficialRecord before = existing.get(row.odsCode());
            if (before == null) {
                if (row.status() == PracticeStatus.CLOSED) {
                    skipped++;
                } else {
                    inserts.add(row);
                }
            } else if (before.equals(row)) {
                unchanged++;
            } else {
                updates.add(row);
                if (row.status() == PracticeStatus.CLOSED && before.status() != PracticeStatus.CLOSED) {
                    closed++;
                }
            }
        }
        write(inserts, updates, existingIds, progress);
        var report = new ImportReport(inserts.size(), updates.size() - closed, closed, unchanged, skipped,
                List.copyOf(rejected));
        events.publishEvent(new PracticesImported(UUID.randomUUID(), clock.instant(), CurrentActor.name(), fileName,
                report.added(), report.updated(), report.closed(), report.skipped(), rejected.size()));
        return report;
    }

    /** A row with prescribing setting 4, or null for one that is not to be imported (proposed, not yet open). */
    static OfficialRecord parse(List<String> f) {
        String code = f.get(0).toUpperCase(java.util.Locale.ROOT);
        if (!OdsCode.isValid(code)) {
            throw new IllegalArgumentException("organisation code \"" + shorten(f.get(0))
                    + "\" is not one letter and five digits");
        }
        if (f.get(1).isBlank()) {
            throw new IllegalArgumentException("practice " + code + " has no name");
        }
        PracticeStatus status = switch (f.get(12)) {
            case "A" -> PracticeStatus.ACTIVE;
            case "C", "D" -> PracticeStatus.CLOSED;
            case "P" -> null;
            default -> throw new IllegalArgumentException("status code \"" + shorten(f.get(12))
                    + "\" is not A, C, D or P");
        };
        if (status == null) {
            return null;
        }
        String postcode = f.get(9).isBlank() ? null : parsePostcode(f.get(9));
        LocalDate opened = date(f.get(10), "open date");
        LocalDate closedOn = date(f.get(11), "close date");
        if (closedOn != null && !closedOn.isAfter(UkCalendar.today())) {
            status = PracticeStatus.CLOSED;
        }
        return new OfficialRecord(code, TypedText.requireLine("name", limit(f.get(1), 200, "name")),
                line(f.get(4), "address line 1"), line(f.get(5), "address line 2"), line(f.get(6), "address line 3"),
                line(f.get(7), "town"), line(f.get(8), "county"), postcode, code(f.get(2), "national grouping"),
                code(f.get(3), "health geography"), telephone(f.get(17)), status, opened, closedOn);
    }

    private static String parsePostcode(String text) {
        try {
            return Postcode.parse(text).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("postcode \"" + shorten(text) + "\" is not a UK postcode");
        }
    }

    private static LocalDate date(String text, String label) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " \"" + shorten(text) + "\" is not a date in the form YYYYMMDD");
        }
    }

    private static String code(String text, String label) {
        if (text.isBlank()) {
            return null;
        }
        if (!text.matches("[A-Z0-9]{3,8}")) {
            throw new IllegalArgumentException(label + " code \"" + shorten(text) + "\" is not an NHS code");
        }
        return text;
    }

    private static String telephone(String text) {
        if (text.isBlank()) {
            return null;
        }
        PatientDataGuard.requireNoPatientData("telephone", text);
        if (!text.matches("[0-9+() \\-]{6,32}")) {
            throw new IllegalArgumentException("telephone \"" + shorten(text) + "\" is not a telephone number");
        }
        return text;
    }

    private static String limit(String text, int max, String label) {
        if (text.length() > max) {
            throw new IllegalArgumentException(label + " is longer than " + max + " characters");
        }
        return text;
    }

    /** A name or address line: at most 120 characters kept, refused when it holds what one line may not. */
    private static String line(String text, String label) {
        return TypedText.requireLine(label, blankToNull(text));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : (text.length() > 120 ? text.substring(0, 120) : text);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private Map<String, OfficialRecord> loadExisting(Map<String, Long> ids) {
        Map<String, OfficialRecord> records = new HashMap<>();
        jdbc.query("""
                select id, ods_code, name, address_line1, address_line2, address_line3, town, county, postcode,
                       region_code, icb_code, telephone, status, opened_on, closed_on from practice
                """, rs -> {
            String code = rs.getString("ods_code");
            ids.put(code, rs.getLong("id"));
            Date opened = rs.getDate("opened_on");
            Date closedOn = rs.getDate("closed_on");
            records.put(code, new OfficialRecord(code, rs.getString("name"), rs.getString("address_line1"),
                    rs.getString("address_line2"), rs.getString("address_line3"), rs.getString("town"),
                    rs.getString("county"), rs.getString("postcode"), rs.getString("region_code"),
                    rs.getString("icb_code"), rs.getString("telephone"), PracticeStatus.valueOf(rs.getString("status")),
                    opened == null ? null : opened.toLocalDate(), closedOn == null ? null : closedOn.toLocalDate()));
        });
        return records;
    }

    private void write(List<OfficialRecord> inserts, List<OfficialRecord> updates, Map<String, Long> ids,
                       ImportProgress progress) {
        var all = new ArrayList<OfficialRecord>(inserts);
        all.addAll(updates);
        all.stream().map(OfficialRecord::regionCode).filter(Objects::nonNull).distinct()
                .forEach(code -> jdbc.update("insert ignore into nhs_region (code) values (?)", code));
        all.stream().filter(r -> r.icbCode() != null)
                .collect(java.util.stream.Collectors.toMap(OfficialRecord::icbCode, r -> r, (a, b) -> a))
                .values().forEach(r -> jdbc.update("""
                        insert into icb (code, region_code) values (?, ?)
                        on duplicate key update region_code = coalesce(values(region_code), region_code)
                        """, r.icbCode(), r.regionCode()));
        Timestamp now = Timestamp.from(clock.instant());
        int total = all.size();
        int done = 0;
        progress.update(0, total);
        for (int from = 0; from < inserts.size(); from += BATCH) {
            var batch = inserts.subList(from, Math.min(inserts.size(), from + BATCH));
            jdbc.batchUpdate("""
                    insert into practice (ods_code, name, address_line1, address_line2, address_line3, town, county,
                        postcode, region_code, icb_code, telephone, status, opened_on, closed_on, created_at,
                        updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """, batch, batch.size(), (ps, r) -> {
                bindOfficial(ps, r, 1);
                ps.setTimestamp(15, now);
                ps.setTimestamp(16, now);
            });
            done += batch.size();
            progress.update(done, total);
        }
        for (int from = 0; from < updates.size(); from += BATCH) {
            var batch = updates.subList(from, Math.min(updates.size(), from + BATCH));
            jdbc.batchUpdate("""
                    update practice set ods_code = ?, name = ?, address_line1 = ?, address_line2 = ?,
                        address_line3 = ?, town = ?, county = ?, postcode = ?, region_code = ?, icb_code = ?,
                        telephone = ?, status = ?, opened_on = ?, closed_on = ?, updated_at = ?,
                        version = version + 1
                    where id = ?
                    """, batch, batch.size(), (ps, r) -> {
                bindOfficial(ps, r, 1);
                ps.setTimestamp(15, now);
                ps.setLong(16, ids.get(r.odsCode()));
            });
            done += batch.size();
            progress.update(done, total);
        }
    }

    private static void bindOfficial(java.sql.PreparedStatement ps, OfficialRecord r, int first)
            throws java.sql.SQLException {
        ps.setString(first, r.odsCode());
        ps.setString(first + 1, r.name());
        ps.setString(first + 2, r.line1());
        ps.setString(first + 3, r.line2());
        ps.setString(first + 4, r.line3());
        ps.setString(first + 5, r.town());
        ps.setString(first + 6, r.county());
        ps.setString(first + 7, r.postcode());
        ps.setString(first + 8, r.regionCode());
        ps.setString(first + 9, r.icbCode());
        ps.setString(first + 10, r.telephone());
        ps.setString(first + 11, r.status().name());
        ps.setDate(first + 12, r.openedOn() == null ? null : Date.valueOf(r.openedOn()));
        ps.setDate(first + 13, r.closedOn() == null ? null : Date.valueOf(r.closedOn()));
    }
}

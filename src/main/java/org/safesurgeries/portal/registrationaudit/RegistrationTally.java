package org.safesurgeries.portal.registrationaudit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.OneStatementRead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The practice's anonymous tally: logging a registration adds one to the counter of its month and answers, in one
 * atomic statement, so simultaneous logging at several desks never loses a count. No row per registration, no
 * timestamp, no free text; and, deliberately, no audit-trail entry, whose time would date the registration.
 * Every change also adds to the month totals of the practice ({@code registration_month}) and of its region and ICB
 * ({@code registration_area_month}) in the same transaction.
 */
@Service
@Transactional
public class RegistrationTally {

    /** The most one combination may add in one month: far above any practice, low enough to catch a typo. */
    public static final int MAX_COUNT = 10_000;

    /** How many registrations to add to one counter at once (a month's figures from a clinical system). */
    public record Count(TallyKey key, int registrations) {

        public Count {
            if (registrations < 0 || registrations > MAX_COUNT) {
                throw new IllegalArgumentException("A count is a whole number from 0 to 10,000.");
            }
        }

        /** A total of any size as counts of at most 10,000 each (none for 0). */
        public static List<Count> of(TallyKey key, long total) {
            var counts = new ArrayList<Count>();
            for (long left = total; left > 0; left -= MAX_COUNT) {
                counts.add(new Count(key, (int) Math.min(left, MAX_COUNT)));
            }
            return counts;
        }
    }

    /** One month of a practice's own exact figures. */
    public record MonthFigures(YearMonth month, long registrations, long noPhotoId, long noProofOfAddress,
                               long noImmigrationDocuments, long noNhsNumber, long interpreterNeeded,
                               long registered, long pending, long refused) {
    }

    private static final String TALLY_COLUMNS = "practice_id, month, registration_type, no_photo_id, "
            + "no_proof_of_address, no_immigration_documents, no_nhs_number, interpreter_language, outcome, "
            + "refusal_reason, registrations";
    private static final String KEY_COLUMNS = "practice_id = ? and month = ? and registration_type = ? and "
            + "no_photo_id = ? and no_proof_of_address = ? and no_immigration_documents = ? and no_nhs_number = ? "
            + "and interpreter_language = ? and outcome = ? and refusal_reason = ?";
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final String MONTH_UPSERT = upsert("registration_month", "month, practice_id", 1);
    private static final String AREA_MONTH_UPSERT = upsert("registration_area_month", "area_type, month, area_code", 2);
    private static final String MONTH_TAKE_BACK = takeBack("registration_month", "month = ? and practice_id = ?");
    private static final String AREA_MONTH_TAKE_BACK = takeBack("registration_area_month", "month = ? and ("
            + "(area_type = 'REGION' and area_code = ?) or (area_type = 'ICB' and area_code = ?))");

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
        add(practiceId, List.of(new Count(key, 1)));
    }

    /**
     * Adds many counts at once (a month's figures, a CSV file), all or nothing. Counts with the same answers are
     * added together; each statement writes up to a thousand counters.
     */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void add(long practiceId, List<Count> additions) {
        currentUser.requirePracticeAccess(practiceId);
        var current = currentMonth();
        additions.forEach(count -> count.key().requireLoggable(current));
        var counts = additions.stream().filter(count -> count.registrations() > 0).toList();
        for (int from = 0; from < counts.size(); from += ROWS_PER_STATEMENT) {
            var chunk = counts.subList(from, Math.min(counts.size(), from + ROWS_PER_STATEMENT));
            var values = new ArrayList<Object>(chunk.size() * 11);
            for (var count : chunk) {
                values.addAll(Arrays.asList(keyValues(practiceId, count.key())));
                values.add(count.registrations());
            }
            jdbc.update("insert into registration_tally (" + TALLY_COLUMNS + ") values "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    + " on duplicate key update registrations = registrations + values(registrations)",
                    values.toArray());
        }
        addToMonths(practiceId, counts);
    }

    /** Takes back one registration logged with these answers; false when there is none to take back. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public boolean undo(long practiceId, TallyKey key) {
        currentUser.requirePracticeAccess(practiceId);
        boolean takenBack = jdbc.update("update registration_tally set registrations = registrations - 1 where "
                + KEY_COLUMNS + " and registrations > 0", keyValues(practiceId, key)) == 1;
        if (takenBack) {
            takeBackFromMonths(practiceId, key);
        }
        return takenBack;
    }

    /** The practice's own exact figures, month by month, newest first. Only for the practice itself. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @OneStatementRead
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
                rs.getLong(10)), practiceId, firstOf(months));
    }

    /**
     * Every non-zero counter of the practice in the last {@code months} months, oldest month first: its exact data,
     * a counter above 10,000 as several counts (so an export of them can be imported again).
     */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @OneStatementRead
    public List<Count> ownCounts(long practiceId, int months) {
        currentUser.requirePracticeAccess(practiceId);
        return jdbc.query("select " + TALLY_COLUMNS + " from registration_tally where practice_id = ? and month >= ?"
                + " and registrations > 0 order by month, registration_type, outcome, refusal_reason,"
                + " interpreter_language, no_photo_id, no_proof_of_address, no_immigration_documents, no_nhs_number",
                (rs, n) -> Count.of(TallyKey.of(YearMonth.parse(rs.getString("month")),
                        rs.getString("registration_type"), rs.getBoolean("no_photo_id"),
                        rs.getBoolean("no_proof_of_address"), rs.getBoolean("no_immigration_documents"),
                        rs.getBoolean("no_nhs_number"), rs.getString("interpreter_language"),
                        rs.getString("outcome"), rs.getString("refusal_reason")), rs.getLong("registrations")),
                practiceId, firstOf(months)).stream().flatMap(List::stream).toList();
    }

    public YearMonth currentMonth() {
        return UkCalendar.thisMonth(clock);
    }

    private String firstOf(int months) {
        return currentMonth().minusMonths(months - 1L).toString();
    }

    /**
     * Adds the counts to the month totals of the practice and of its region and ICB: per month, one statement for
     * the practice and one for its two areas, always in month order so concurrent writers lock rows in one order.
     */
    private void addToMonths(long practiceId, List<Count> counts) {
        var perMonth = new TreeMap<YearMonth, long[]>();
        for (var count : counts) {
            long[] totals = perMonth.computeIfAbsent(count.key().month(), m -> new long[Measure.values().length]);
            for (var measure : Measure.values()) {
                if (measure.counts(count.key())) {
                    totals[measure.ordinal()] += count.registrations();
                }
            }
        }
        if (perMonth.isEmpty()) {
            return;
        }
        var areas = areasOf(practiceId);
        for (Map.Entry<YearMonth, long[]> month : perMonth.entrySet()) {
            var practice = new ArrayList<Object>(List.of(month.getKey().toString(), practiceId));
            Arrays.stream(month.getValue()).forEach(practice::add);
            jdbc.update(MONTH_UPSERT, practice.toArray());
            var area = new ArrayList<Object>();
            for (var type : List.of("REGION", "ICB")) {
                area.addAll(List.of(type, month.getKey().toString(), areas.get(type)));
                Arrays.stream(month.getValue()).forEach(area::add);
            }
            jdbc.update(AREA_MONTH_UPSERT, area.toArray());
        }
    }

    /** Takes one registration with these answers back from the month totals of the practice, its region and ICB. */
    private void takeBackFromMonths(long practiceId, TallyKey key) {
        var deltas = Arrays.stream(Measure.values()).map(measure -> (Object) (measure.counts(key) ? 1 : 0)).toList();
        var practice = new ArrayList<Object>(deltas);
        practice.addAll(List.of(key.month().toString(), practiceId));
        jdbc.update(MONTH_TAKE_BACK, practice.toArray());
        var areas = areasOf(practiceId);
        var area = new ArrayList<Object>(deltas);
        area.addAll(List.of(key.month().toString(), areas.get("REGION"), areas.get("ICB")));
        jdbc.update(AREA_MONTH_TAKE_BACK, area.toArray());
    }

    // The practice's region and ICB now ('' for none): a registration counts where its practice was when logged.
    private Map<String, String> areasOf(long practiceId) {
        return jdbc.queryForObject("select coalesce(region_code, ''), coalesce(icb_code, '') from practice where id = ?",
                (rs, n) -> Map.of("REGION", rs.getString(1), "ICB", rs.getString(2)), practiceId);
    }

    private static String upsert(String table, String keyColumns, int rows) {
        var columns = Arrays.stream(Measure.values()).map(Measure::column).toList();
        int keys = keyColumns.split(",").length;
        String row = "(" + String.join(", ", Collections.nCopies(keys + columns.size(), "?")) + ")";
        return "insert into " + table + " (" + keyColumns + ", " + String.join(", ", columns) + ") values "
                + String.join(", ", Collections.nCopies(rows, row)) + " on duplicate key update "
                + columns.stream().map(c -> c + " = " + c + " + values(" + c + ")").collect(Collectors.joining(", "));
    }

    private static String takeBack(String table, String where) {
        return "update " + table + " set " + Arrays.stream(Measure.values())
                .map(m -> m.column() + " = " + m.column() + " - ?").collect(Collectors.joining(", ")) + " where " + where;
    }

    private static Object[] keyValues(long practiceId, TallyKey key) {
        return new Object[] {practiceId, key.month().toString(), key.type().name(),
                key.missing(MissingDocument.PHOTO_ID), key.missing(MissingDocument.PROOF_OF_ADDRESS),
                key.missing(MissingDocument.IMMIGRATION_DOCUMENTS), key.missing(MissingDocument.NHS_NUMBER),
                key.interpreterLanguage() == null ? "" : key.interpreterLanguage().value(), key.outcome().name(),
                key.refusalReason() == null ? "" : key.refusalReason().name()};
    }
}

package org.safesurgeries.portal.directory;

import org.safesurgeries.portal.declaration.DeclarationChoices;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.OneStatementRead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds Safe Surgeries: practices whose current declaration is declared (not withdrawn, superseded or lapsed).
 * Public, read-only, no login. Reads the practice and declaration tables in SQL for speed (see
 * docs/decisions/005-directory-reads-in-sql.md); it selects public columns only.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    public static final int MAX_PAGE_SIZE = 100;

    private static final String AREAS = """
             left join nhs_region r on r.code = p.region_code
             left join icb i on i.code = p.icb_code
            """;
    private static final String DECLARED = " where d.status = 'DECLARED' and p.status = 'ACTIVE' ";
    private static final String FROM = "from declaration d join practice p on p.id = d.practice_id " + AREAS + DECLARED;
    // Starting from the practices: a page is read in name order and stops after the page, and a name, town, postcode
    // or area narrows the practices before any declaration is joined. MariaDB otherwise starts from the declarations
    // and joins every declared practice: 18 ms instead of 5 for a page of the whole directory, 9.5 instead of 4.3 to
    // count a town's.
    private static final String FROM_PRACTICES = "from practice p straight_join declaration d on d.practice_id = p.id "
            + AREAS + DECLARED;
    private static final String ORDER = " order by p.name, p.ods_code";

    /** A page of a search's results and how many there are in all. */
    public record Results(int total, List<DirectoryEntry> page) {
    }

    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final DirectoryCache cache;

    DirectorySearch(JdbcTemplate jdbc, java.time.Clock clock, DirectoryCache cache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * What the directory page shows for a search: a page and the total. Each search costs queries of several
     * milliseconds over every declared practice, and the public asks the same few searches again and again, so a
     * result is kept like the open data's responses: until the directory changes, at most 30 seconds.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Results search(DirectoryFilter filter, int offset, int limit) {
        return cache.search(filter + " " + offset + " " + limit, () -> results(filter, offset, limit));
    }

    /**
     * A page and the total. A first page with room to spare holds every match, so its size is the total; only
     * otherwise are the matches counted, a second pass over every declared practice. The count is a statement of
     * its own, so a change committed in between can make it differ from the page by that change.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Results results(DirectoryFilter filter, int offset, int limit) {
        var page = find(filter, offset, limit);
        boolean everything = offset <= 0 && page.size() < pageSize(limit);
        return new Results(everything ? page.size() : count(filter), page);
    }

    private static int pageSize(int limit) {
        return Math.min(Math.max(limit, 0), MAX_PAGE_SIZE);
    }

    // The award column compares with the portal's today, not the database's.
    private java.sql.Date today() {
        return java.sql.Date.valueOf(org.safesurgeries.portal.shared.UkCalendar.today(clock));
    }

    public List<DirectoryEntry> find(DirectoryFilter filter, int offset, int limit) {
        var args = new ArrayList<Object>();
        args.add(today());
        String where = where(filter, args);
        args.add(pageSize(limit));
        args.add(Math.max(offset, 0));
        // The page's declarations first, then their columns: the columns' subqueries ran for every declared
        // practice before the sort, 120 ms for the whole directory (bench/vaadin).
        var rows = jdbc.query("select " + COLUMNS + " from (select d.id " + FROM_PRACTICES + where + ORDER
                + " limit ? offset ?) page join declaration d on d.id = page.id join practice p on p.id = d.practice_id"
                + AREAS + ORDER,
                (rs, n) -> row(rs), args.toArray());
        return withDetails(rows);
    }

    @OneStatementRead
    public int count(DirectoryFilter filter) {
        var args = new ArrayList<Object>();
        // Counting every declared practice is quicker from the declarations (7 ms instead of 11).
        String from = filter.narrowsPractices() ? FROM_PRACTICES : FROM;
        Integer count = jdbc.queryForObject("select count(*) " + from + where(filter, args), Integer.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    public Optional<DirectoryEntry> byOdsCode(String odsCode) {
        var rows = jdbc.query("select " + COLUMNS + FROM + " and p.ods_code = ?", (rs, n) -> row(rs), today(), odsCode);
        return withDetails(rows).stream().findFirst();
    }

    /** Regions and ICBs that have Safe Surgeries, for the search form's choices. */
    @OneStatementRead
    public List<String> regions() {
        return jdbc.queryForList("select distinct r.name " + FROM + " and r.name is not null order by 1", String.class);
    }

    @OneStatementRead
    public List<String> icbs() {
        return jdbc.queryForList("select distinct coalesce(i.name, p.icb_code) " + FROM
                + " and p.icb_code is not null order by 1", String.class);
    }

    private static final String COLUMNS = """
            d.id, p.ods_code, p.name, p.address_line1, p.address_line2, p.address_line3, p.town, p.county,
            p.postcode, p.telephone, coalesce(r.name, p.region_code) region, coalesce(i.name, p.icb_code) icb,
            d.interpreter_access, d.care_of_address_accepted, d.last_confirmed_on,
            (select min(s.signed_on) from declaration s where s.practice_id = p.id
               and s.status in ('DECLARED', 'SUPERSEDED')
               and s.version_number > coalesce((select max(o.version_number) from declaration o
                   where o.practice_id = p.id and o.status in ('WITHDRAWN', 'LAPSED')), 0)) safe_since,
            (select max(a.expires_on) from award a where a.practice_id = p.id and a.status = 'ACTIVE'
               and a.expires_on > ?) sanctuary_until
            """;

    private record Row(long declarationId, DirectoryEntry entry) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        var address = java.util.stream.Stream.of(rs.getString("address_line1"), rs.getString("address_line2"),
                        rs.getString("address_line3"), rs.getString("county"))
                .filter(s -> s != null && !s.isBlank()).toList();
        String access = rs.getString("interpreter_access");
        Date since = rs.getDate("safe_since");
        Date confirmed = rs.getDate("last_confirmed_on");
        Date awardUntil = rs.getDate("sanctuary_until");
        return new Row(rs.getLong("id"), new DirectoryEntry(rs.getString("ods_code"), rs.getString("name"), address,
                titleCase(rs.getString("town")), rs.getString("postcode"), rs.getString("telephone"), rs.getString("region"),
                rs.getString("icb"), since == null ? null : since.toLocalDate(),
                confirmed == null ? null : confirmed.toLocalDate(), List.of(),
                access == null ? null : DeclarationChoices.InterpreterAccess.valueOf(access).label(),
                rs.getBoolean("care_of_address_accepted"), List.of(), List.of(),
                awardUntil == null ? null : awardUntil.toLocalDate()));
    }

    // Languages, ways to register and the seven answers, for a page of results in three queries.
    private List<DirectoryEntry> withDetails(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> Long.toString(r.declarationId())).collect(Collectors.joining(","));
        Map<Long, List<DirectoryEntry.Language>> languages = new HashMap<>();
        jdbc.query("select declaration_id, language_code from declaration_language where declaration_id in (" + ids
                + ")", rs -> {
            var code = LanguageCode.parse(rs.getString(2));
            languages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new DirectoryEntry.Language(code.value(), code.englishName()));
        });
        Map<Long, List<String>> routes = new HashMap<>();
        jdbc.query("select declaration_id, route from declaration_registration_route where declaration_id in ("
                + ids + ")", rs -> {
            routes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(DeclarationChoices.RegistrationRoute.valueOf(rs.getString(2)).label());
        });
        Map<Long, List<DirectoryEntry.Commitment>> commitments = new HashMap<>();
        jdbc.query("select declaration_id, step, status from declaration_item where declaration_id in (" + ids
                + ") order by step", rs -> {
            var step = SafeSurgeryStep.numbered(rs.getInt(2));
            commitments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DirectoryEntry.Commitment(
                    step.number(), step.title(), DeclarationChoices.ItemStatus.valueOf(rs.getString(3)).label()));
        });
        return rows.stream().map(r -> {
            var e = r.entry();
            var langs = languages.getOrDefault(r.declarationId(), List.of()).stream()
                    .sorted(Comparator.comparing(DirectoryEntry.Language::name)).toList();
            var ways = routes.getOrDefault(r.declarationId(), List.of()).stream().sorted().toList();
            return new DirectoryEntry(e.odsCode(), e.name(), e.address(), e.town(), e.postcode(), e.telephone(),
                    e.region(), e.icb(), e.safeSurgerySince(), e.lastConfirmed(), langs, e.interpreterAccess(),
                    e.careOfAddressAccepted(), ways, commitments.getOrDefault(r.declarationId(), List.of()),
                    e.sanctuaryAwardUntil());
        }).toList();
    }

    private static String where(DirectoryFilter f, List<Object> args) {
        var clauses = new StringBuilder();
        if (f.text() != null) {
            clauses.append(" and (p.name like ? or p.town like ?)");
            args.add("%" + escapeLike(f.text()) + "%");
            args.add("%" + escapeLike(f.text()) + "%");
        }
        if (f.postcodeDistrict() != null) {
            clauses.append(" and p.postcode like ?");
            args.add(f.postcodeDistrict() + " %");
        }
        if (f.region() != null) {
            clauses.append(" and (r.name = ? or p.region_code = ?)");
            args.add(f.region());
            args.add(f.region());
        }
        if (f.icb() != null) {
            clauses.append(" and (i.name = ? or p.icb_code = ?)");
            args.add(f.icb());
            args.add(f.icb());
        }
        if (f.language() != null) {
            clauses.append(" and exists (select 1 from declaration_language l where l.declaration_id = d.id"
                    + " and l.language_code = ?)");
            args.add(f.language().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.interpreterAvailable()) {
            clauses.append(" and d.interpreter_access is not null");
        }
        return clauses.toString();
    }

    /** epraccur writes towns in capitals; "NEWCASTLE UPON TYNE" reads better as "Newcastle upon Tyne". */
    static String titleCase(String text) {
        if (text == null || !text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            return text;
        }
        var words = text.toLowerCase(java.util.Locale.UK).split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean minor = i > 0 && java.util.Set.of("upon", "on", "in", "under", "le", "the", "of", "by")
                    .contains(words[i]);
            if (!minor && !words[i].isEmpty()) {
                words[i] = Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
            }
        }
        return String.join(" ", words);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.ImportProgress;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The data set's practices: W00001… in 42 ICBs of uneven size (QW01…, six to a region), imported through the real
 * epraccur importer, every one declared a Safe Surgery (signed within the last ten months, so none is due to
 * reconfirm or lapse), with staff head-counts, and one practice manager account for each of the first ACCOUNTS.
 */
final class DataSetPractices {

    static final String ODS_PREFIX = "W";
    static final int ICBS = 42;
    private static final String[] REGIONS = {"Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"};
    private static final String[] PLACES = {"Riverside", "Hillview", "Parkside", "Oakwood", "Meadow", "Station Road",
            "Castle", "Harbour", "Market Street", "Elm Tree", "Church Lane", "Northgate", "Southfields", "Brook",
            "Victoria", "Albion", "Greenbank", "Millfield", "Abbey", "Cedar"};
    private static final String[] KINDS = {"Medical Centre", "Surgery", "Health Centre", "Medical Practice",
            "Family Practice", "Group Practice"};
    private static final String[] TOWNS = {"LONDON", "MANCHESTER", "BIRMINGHAM", "LEEDS", "BRADFORD", "LIVERPOOL",
            "PLYMOUTH", "NOTTINGHAM", "NORWICH", "NEWCASTLE UPON TYNE", "SHEFFIELD", "BRISTOL", "LEICESTER",
            "COVENTRY", "HULL", "STOKE-ON-TRENT", "DERBY", "SOUTHAMPTON", "PORTSMOUTH", "PETERBOROUGH"};
    private static final String[] AREAS = {"E", "N", "SE", "SW", "M", "B", "LS", "BD", "L", "PL", "NG", "NR", "NE",
            "S", "BS", "LE", "CV", "HU", "ST", "DE"};
    static final List<List<String>> LANGUAGES = List.of(List.of("ar", "ti", "prs"), List.of("fa", "ps"),
            List.of("ckb", "ar"), List.of("am", "om", "ti"), List.of("es", "pt"), List.of("uk", "ru", "pl"),
            List.of("tr", "ckb"), List.of("ar", "so"), List.of("ur", "bn"), List.of("pa", "gu"), List.of("ro", "bg"),
            List.of("sq"));
    /** The letters a postcode's inward code may use. */
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] INTERPRETERS = {"TELEPHONE", "IN_PERSON", "BOTH"};
    private static final String[] ROUTES = {"WALK_IN", "PHONE", "ONLINE_FORM", "PAPER_FORM"};

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final Random random;

    DataSetPractices(ApplicationContext context, JdbcTemplate jdbc, Random random) {
        this.context = context;
        this.jdbc = jdbc;
        this.random = random;
    }

    static String odsCode(int n) {
        return ODS_PREFIX + "%05d".formatted(n);
    }

    static String managerEmail(int n) {
        return "manager." + odsCode(n).toLowerCase() + "@bench.safesurgery.example";
    }

    void create(PortalDataSet.Sizes sizes, Path dir) throws IOException {
        byte[] file = epraccur(sizes.practices());
        var report = SystemAuthentication.call(() -> context.getBean(EpraccurImporter.class)
                .importFile(file, "bench-practices.csv", ImportProgress.NONE));
        System.out.println("    import: " + report.summary());
        for (int n = 0; n < ICBS; n++) {
            jdbc.update("update icb set name = ? where code = ?", "NHS Benchmark %s ICB".formatted(PLACES[n % 20])
                    + (n >= 20 ? " " + (n / 20 + 1) : ""), icb(n));
        }
        jdbc.update("""
                update practice set reception_admin_headcount = 4 + id % 9, clinical_headcount = 3 + id % 12,
                    practice_manager_headcount = 1 + id % 2, other_headcount = id % 4
                where ods_code like 'W%'
                """);
        declare();
        accounts(sizes.accounts(), dir);
    }

    /** Version 1, declared, with the seven steps, languages and registration routes; as DemoDeclarations says. */
    private void declare() {
        var today = LocalDate.now(PortalDataSet.LONDON);
        var now = Timestamp.from(Instant.now());
        List<Long> ids = jdbc.queryForList("select id from practice where ods_code like 'W%' order by id", Long.class);
        var commitment = jdbc.queryForMap("select id, commitment from commitment_version where label = '2026-1'");
        var rows = new ArrayList<Object[]>();
        for (long id : ids) {
            var signed = today.minusDays(random.nextInt(300));
            rows.add(new Object[] {id, INTERPRETERS[random.nextInt(3)], "Bench Signatory " + id, "Practice Manager",
                    java.sql.Date.valueOf(signed), "bench@bench.safesurgery.example", commitment.get("id"),
                    commitment.get("commitment"), java.sql.Date.valueOf(signed), now, now});
        }
        jdbc.batchUpdate("""
                insert into declaration (practice_id, version_number, status, interpreter_access,
                    care_of_address_accepted, signatory_name, signatory_role, signed_on, signed_by,
                    commitment_version_id, commitment_text, last_confirmed_on, created_at, updated_at)
                values (?, 1, 'DECLARED', ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.update("""
                insert into declaration_item (declaration_id, step, status, target_date, note)
                select d.id, s.step, if(s.step = 6 and d.id % 3 = 0, 'IN_PROGRESS', 'IN_PLACE'),
                       if(s.step = 6 and d.id % 3 = 0, date_add(current_date, interval 2 month), null),
                       if(s.step = 6 and d.id % 3 = 0, 'Posters in more community languages are on order', null)
                from declaration d join practice p on p.id = d.practice_id
                cross join (select 1 step union all select 2 union all select 3 union all select 4 union all select 5
                            union all select 6 union all select 7) s
                where p.ods_code like 'W%'
                """);
        var languages = new ArrayList<Object[]>();
        var routes = new ArrayList<Object[]>();
        List<Long> declarations = jdbc.queryForList("select d.id from declaration d join practice p"
                + " on p.id = d.practice_id where p.ods_code like 'W%' order by d.id", Long.class);
        for (long id : declarations) {
            LANGUAGES.get(random.nextInt(LANGUAGES.size())).forEach(code -> languages.add(new Object[] {id, code}));
            int from = random.nextInt(ROUTES.length);
            for (int r = 0; r < 2 + random.nextInt(3); r++) {
                routes.add(new Object[] {id, ROUTES[(from + r) % ROUTES.length]});
            }
        }
        jdbc.batchUpdate("insert into declaration_language (declaration_id, language_code) values (?, ?)", languages);
        jdbc.batchUpdate("insert into declaration_registration_route (declaration_id, route) values (?, ?)", routes);
    }

    /** One manager per practice for the first {@code count} practices, all with the same password. */
    private void accounts(int count, Path dir) throws IOException {
        String hash = context.getBean(PasswordEncoder.class).encode(PortalDataSet.PASSWORD);
        var now = Timestamp.from(Instant.now());
        var rows = new ArrayList<Object[]>();
        for (int n = 1; n <= count; n++) {
            rows.add(new Object[] {managerEmail(n), "Bench Manager " + odsCode(n), hash, now});
        }
        jdbc.batchUpdate("insert into user_account (email, display_name, password_hash, active, created_at)"
                + " values (?, ?, ?, true, ?)", rows);
        jdbc.update("""
                insert into account_role (account_id, role)
                select id, 'PRACTICE_MANAGER' from user_account where email like 'manager.w%@bench.safesurgery.example'
                """);
        jdbc.update("""
                insert into practice_membership (practice_id, account_id)
                select p.id, a.id from user_account a
                join practice p on p.ods_code = upper(substring(a.email, 9, 6))
                where a.email like 'manager.w%@bench.safesurgery.example'
                """);
        Files.writeString(dir.resolve(PortalDataSet.ACCOUNTS_FILE), java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(DataSetPractices::managerEmail).collect(Collectors.joining("\n", "", "\n")));
    }

    /** Seeded epraccur rows (no header, 27 columns, prescribing setting 4), ICBs weighted 0.5 to 2. */
    private byte[] epraccur(int count) {
        double[] weights = new double[ICBS];
        double sum = 0;
        for (int n = 0; n < ICBS; n++) {
            weights[n] = 0.5 + 1.5 * random.nextDouble();
            sum += weights[n];
        }
        var lines = new StringBuilder();
        for (int p = 1; p <= count; p++) {
            double pick = random.nextDouble() * sum;
            int n = 0;
            while (n < ICBS - 1 && (pick -= weights[n]) > 0) {
                n++;
            }
            String[] f = new String[27];
            Arrays.fill(f, "");
            f[0] = odsCode(p);
            f[1] = PLACES[random.nextInt(PLACES.length)] + " " + KINDS[random.nextInt(KINDS.length)] + " " + p;
            f[2] = REGIONS[n % REGIONS.length];
            f[3] = icb(n);
            f[4] = (1 + random.nextInt(300)) + " " + PLACES[random.nextInt(PLACES.length)] + " Road";
            f[7] = TOWNS[random.nextInt(TOWNS.length)];
            f[9] = AREAS[random.nextInt(AREAS.length)] + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                    + INWARD.charAt(random.nextInt(INWARD.length())) + INWARD.charAt(random.nextInt(INWARD.length()));
            f[10] = "20000101";
            f[12] = "A";
            f[13] = "B";
            f[17] = "0%d %07d".formatted(100 + random.nextInt(900), random.nextInt(10_000_000));
            f[25] = "4";
            lines.append(Arrays.stream(f).map(v -> "\"" + v + "\"").collect(Collectors.joining(","))).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String icb(int n) {
        return "QW%02d".formatted(n + 1);
    }
}

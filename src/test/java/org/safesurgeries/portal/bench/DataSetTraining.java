package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training sessions over the last 23 months (so no refresher falls due at the first start): four in five by the demo
 * trainer (verified), the rest recorded by the practice (in-house or e-learning). Each covers one to three of the
 * topics, one to three practices with head-counts per staff role, and one in five names one to four attendees.
 */
final class DataSetTraining {

    static final String TRAINER = "trainer@demo.safesurgery.example";
    private static final String[] ROLES = {"RECEPTION_ADMIN", "CLINICAL", "PRACTICE_MANAGER", "OTHER"};
    private static final String[] FIRST = {"Amani", "Sara", "Yusuf", "Olena", "Mariam", "James", "Farah", "Tomasz",
            "Aisha", "Daniel", "Leila", "Grace", "Hamid", "Chloe", "Nadia", "Kofi"};
    private static final String[] LAST = {"Tesfaye", "Ahmadi", "Khan", "Kovalenko", "Hassan", "Smith", "Mensah",
            "Nowak", "Osei", "Rahimi", "Jones", "Haddad", "Brown", "Ali", "Okafor", "Patel"};

    private final JdbcTemplate jdbc;
    private final Random random;

    DataSetTraining(JdbcTemplate jdbc, Random random) {
        this.jdbc = jdbc;
        this.random = random;
    }

    void create(int count) {
        List<Long> practices = jdbc.queryForList("select id from practice where ods_code like 'W%' order by id",
                Long.class);
        var ods = new java.util.HashMap<Long, String>();
        jdbc.query("select id, ods_code from practice where ods_code like 'W%'",
                rs -> { ods.put(rs.getLong(1), rs.getString(2).toLowerCase()); });
        List<Long> topics = jdbc.queryForList("select id from training_topic where active order by position", Long.class);
        long first = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from training_session", Long.class);
        var today = LocalDate.now(PortalDataSet.LONDON);
        var sessions = new ArrayList<Object[]>();
        var sessionTopics = new ArrayList<Object[]>();
        var attendance = new ArrayList<Object[]>();
        var attendees = new ArrayList<Object[]>();
        for (int s = 0; s < count; s++) {
            long id = first + s;
            var delivered = today.minusDays(1 + random.nextInt(700));
            int kind = random.nextInt(20);
            String source = kind < 16 ? "DOTW_TRAINER" : kind < 19 ? "IN_HOUSE" : "E_LEARNING";
            long practice = practices.get(random.nextInt(practices.size()));
            int practiceCount = source.equals("DOTW_TRAINER") ? 1 + random.nextInt(3) : 1;
            String recordedBy = source.equals("DOTW_TRAINER") ? TRAINER
                    : "manager." + ods.get(practice) + "@bench.safesurgery.example";
            sessions.add(new Object[] {id, Date.valueOf(delivered), source,
                    source.equals("E_LEARNING") || random.nextInt(4) == 0 ? "ONLINE" : "IN_PERSON",
                    30 * (1 + random.nextInt(6)), recordedBy,
                    Timestamp.from(delivered.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))});
            int from = random.nextInt(topics.size());
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                sessionTopics.add(new Object[] {id, topics.get((from + t) % topics.size())});
            }
            var covered = new ArrayList<Long>();
            covered.add(practice);
            while (covered.size() < practiceCount) {
                long other = practices.get(random.nextInt(practices.size()));
                if (!covered.contains(other)) {
                    covered.add(other);
                }
            }
            for (long p : covered) {
                for (String role : ROLES) {
                    if (role.equals("RECEPTION_ADMIN") || random.nextBoolean()) {
                        attendance.add(new Object[] {id, p, role, 1 + random.nextInt(6)});
                    }
                }
            }
            if (random.nextInt(5) == 0) {
                for (int a = 0; a < 1 + random.nextInt(4); a++) {
                    String first1 = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    attendees.add(new Object[] {id, a + 1, practice, first1 + " " + last, ROLES[random.nextInt(2)],
                            (first1 + "." + last + "." + id + "@example.org").toLowerCase()});
                }
            }
        }
        jdbc.batchUpdate("insert into training_session (id, delivered_on, source, format, duration_minutes,"
                + " recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?)", sessions);
        jdbc.batchUpdate("insert into training_session_topic (session_id, topic_id) values (?, ?)", sessionTopics);
        jdbc.batchUpdate("insert into training_attendance (session_id, practice_id, staff_role, attended)"
                + " values (?, ?, ?, ?)", attendance);
        jdbc.batchUpdate("insert into training_attendee (session_id, position, practice_id, name, staff_role, email)"
                + " values (?, ?, ?, ?, ?, ?)", attendees);
        System.out.printf("    %,d sessions, %,d attendance rows, %,d named attendees%n", count, attendance.size(),
                attendees.size());
    }
}

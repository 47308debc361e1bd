package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.Collectors;

/** The rows of the data set's main tables, counted, for the manifest and the script's report. */
final class DataSetCounts {

    private static final List<String> TABLES = List.of("practice", "declaration", "registration_tally",
            "registration_month", "training_session", "training_attendance", "training_attendee", "award_application",
            "award_evidence", "award", "certificate", "user_account", "audit_entry");

    private DataSetCounts() {
    }

    static String of(JdbcTemplate jdbc) {
        return TABLES.stream().map(t -> t + " " + jdbc.queryForObject("select count(*) from " + t, Long.class))
                .collect(Collectors.joining(", ")) + "; registrations "
                + jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_month", Long.class)
                + "; applications by status " + jdbc.queryForList("select concat(status, ' ', count(*)) from"
                + " award_application group by status order by status", String.class);
    }
}

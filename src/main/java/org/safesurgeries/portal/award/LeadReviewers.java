package org.safesurgeries.portal.award;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The account ids of the lead reviewers, for notifications about the queue. Not offered to views. */
@Component
public class LeadReviewers {

    private final JdbcTemplate jdbc;

    LeadReviewers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Long> accountIds() {
        return jdbc.queryForList("select account_id from award_reviewer where lead order by account_id", Long.class);
    }
}

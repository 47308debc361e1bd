package org.safesurgeries.portal.home.ui;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLNonTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures tell people "the database is away, try again", rather than "something went wrong". */
class UnexpectedErrorsTest {

    @Test
    void a_lost_or_unobtainable_connection_anywhere_in_the_causes_is_the_database_being_away() {
        assertThat(UnexpectedErrors.databaseAway(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(UnexpectedErrors.databaseAway(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(UnexpectedErrors.databaseAway(new IllegalStateException("wrapped",
                new SQLNonTransientConnectionException("Socket error")))).isTrue();
    }

    @Test
    void a_bug_or_a_broken_rule_is_not() {
        assertThat(UnexpectedErrors.databaseAway(new NullPointerException())).isFalse();
        assertThat(UnexpectedErrors.databaseAway(new DataIntegrityViolationException("duplicate"))).isFalse();
    }
}

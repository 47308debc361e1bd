package org.safesurgeries.portal.training;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingStatistics.RegionCoverage;
import org.safesurgeries.portal.training.TrainingStatistics.Untrained;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class TrainingStatisticsTest {

    static final String TRAINER = "trainer@demo.safesurgery.example";

    @Autowired
    TrainingStatistics statistics;

    @Autowired
    TrainingRecords training;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void a_session_shows_in_the_trainers_figures_and_takes_the_practice_off_the_never_trained_list() {
        // Y90014 is a declared demo practice the demo never trained.
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90014'", Long.class);
        String region = jdbc.queryForObject("select r.name from practice p join nhs_region r on r.code ="
                + " p.region_code where p.id = ?", String.class, practice);
        assertThat(statistics.receptionNeverTrained(500)).extracting(Untrained::odsCode).contains("Y90014");
        var month = statistics.sessionsPerMonth(TRAINER, 12).get(YearMonth.now());
        var everyone = statistics.sessionsPerMonth(null, 12).get(YearMonth.now());
        long reached = statistics.practicesReached(TRAINER, 12);
        long reception = statistics.staffTrained(TRAINER, 12).get(StaffRole.RECEPTION_ADMIN);
        var regionBefore = region(region);

        long topic = jdbc.queryForObject("select min(id) from training_topic", Long.class);
        training.record(new SessionDetails(LocalDate.now(), SessionFormat.IN_PERSON, Source.DOTW_TRAINER, 60,
                Set.of(topic), List.of(new Attendance(practice, StaffRole.RECEPTION_ADMIN, 2),
                new Attendance(practice, StaffRole.CLINICAL, 1)), List.of(), null));

        assertThat(statistics.sessionsPerMonth(TRAINER, 12)).hasSize(12).containsKey(YearMonth.now().minusMonths(11));
        assertThat(statistics.sessionsPerMonth(TRAINER, 12).get(YearMonth.now())).isEqualTo(month + 1);
        assertThat(statistics.sessionsPerMonth(null, 12).get(YearMonth.now())).isEqualTo(everyone + 1);
        assertThat(statistics.practicesReached(TRAINER, 12)).isEqualTo(reached + 1);
        assertThat(statistics.staffTrained(TRAINER, 12).get(StaffRole.RECEPTION_ADMIN)).isEqualTo(reception + 2);
        var regionAfter = region(region);
        assertThat(regionAfter.practices()).isEqualTo(regionBefore.practices());
        assertThat(regionAfter.trained()).isEqualTo(regionBefore.trained() + 1);
        assertThat(statistics.receptionNeverTrained(500)).extracting(Untrained::odsCode).doesNotContain("Y90014");
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void practice_managers_do_not_see_the_networks_training_figures() {
        assertThatThrownBy(() -> statistics.coverageByRegion()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private RegionCoverage region(String name) {
        return statistics.coverageByRegion().stream().filter(r -> r.region().equals(name)).findFirst().orElseThrow();
    }
}

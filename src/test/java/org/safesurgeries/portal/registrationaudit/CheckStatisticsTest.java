package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckStatistics.PassRate;
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
class CheckStatisticsTest {

    @Autowired
    CheckStatistics statistics;

    @Autowired
    MysteryShopping shopping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void checks_and_passes_are_counted_by_month_region_and_channel() {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90019'", Long.class);
        String region = jdbc.queryForObject("select coalesce(r.name, p.region_code) from practice p left join "
                + "nhs_region r on r.code = p.region_code where p.id = ?", String.class, practice);
        var monthBefore = statistics.perMonth(12).getLast();
        var regionBefore = find(statistics.byRegion(12), region);
        var websiteBefore = find(statistics.byChannel(12), Channel.WEBSITE.label());

        for (var outcome : List.of(CheckOutcome.WOULD_REGISTER, CheckOutcome.REFUSED, CheckOutcome.WOULD_REGISTER,
                CheckOutcome.UNSURE)) {
            shopping.record(practice, new CheckReport(LocalDate.now(), Channel.WEBSITE,
                    Set.of(Scenario.NO_PROOF_OF_ADDRESS), outcome, null));
        }

        var months = statistics.perMonth(12);
        assertThat(months).hasSize(12);
        assertThat(months.getLast().label()).isEqualTo(YearMonth.now().toString());
        assertThat(months.getLast().checks() - monthBefore.checks()).isEqualTo(4);
        assertThat(months.getLast().passed() - monthBefore.passed()).as("only 'would register' passes").isEqualTo(2);
        var regionAfter = find(statistics.byRegion(12), region);
        assertThat(regionAfter.checks() - regionBefore.checks()).isEqualTo(4);
        assertThat(regionAfter.passed() - regionBefore.passed()).isEqualTo(2);
        var website = find(statistics.byChannel(12), Channel.WEBSITE.label());
        assertThat(website.checks() - websiteBefore.checks()).isEqualTo(4);
        assertThat(statistics.byChannel(12)).extracting(PassRate::label)
                .containsExactly("Phone", "In person", "Website", "Online registration form");
    }

    @Test
    void a_pass_rate_is_a_rounded_percentage_and_zero_without_checks() {
        assertThat(new PassRate("x", 3, 2).percent()).isEqualTo(67);
        assertThat(new PassRate("x", 0, 0).percent()).isZero();
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void practice_managers_do_not_see_the_networks_check_figures() {
        assertThatThrownBy(() -> statistics.byRegion(12)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static PassRate find(List<PassRate> rates, String label) {
        return rates.stream().filter(r -> r.label().equals(label)).findFirst().orElse(new PassRate(label, 0, 0));
    }
}

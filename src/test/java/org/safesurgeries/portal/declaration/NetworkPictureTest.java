package org.safesurgeries.portal.declaration;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.declaration.DeclarationRegister.Filter;
import org.safesurgeries.portal.declaration.DeclarationRegister.Row;
import org.safesurgeries.portal.declaration.DeclarationRegister.Standing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo: Y90003–Y90014 declared, Y90015 withdrawn, Y90016 lapsed, Y90001 confirmed 13 months ago. */
@PortalTest
@WithMockUser(username = "reviewer@demo.safesurgery.example", roles = "REVIEWER")
class NetworkPictureTest {

    @Autowired
    DeclarationRegister register;

    @Autowired
    NetworkStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_register_shows_each_practices_standing_and_filters_by_it() {
        var all = register.find(new Filter(null, null, null, false, "Y900"), 0, 100);
        assertThat(standingOf(all, "Y90003")).isEqualTo(Standing.SAFE_SURGERY);
        assertThat(standingOf(all, "Y90015")).isEqualTo(Standing.WITHDRAWN);
        assertThat(standingOf(all, "Y90016")).isEqualTo(Standing.LAPSED);
        assertThat(standingOf(all, "Y90017")).isEqualTo(Standing.NOT_DECLARED);

        var withdrawn = register.find(new Filter(null, null, Standing.WITHDRAWN, false, "Y900"), 0, 100);
        assertThat(withdrawn).extracting(Row::standing).containsOnly(Standing.WITHDRAWN);
        assertThat(register.count(new Filter("Midlands", null, null, false, "Y900")))
                .isEqualTo(jdbc.queryForObject("select count(*) from practice where region_code = 'Y60' "
                        + "and ods_code like 'Y900%' and status = 'ACTIVE'", Integer.class));
    }

    @Test
    void declarations_lapsing_within_90_days_are_found() {
        var lapsing = register.find(new Filter(null, null, null, true, "Y900"), 0, 100);
        assertThat(lapsing).extracting(Row::odsCode).contains("Y90001").doesNotContain("Y90003");
        assertThat(statistics.lapsingWithin(90)).extracting(NetworkStatistics.Lapsing::odsCode).contains("Y90001");
    }

    @Test
    void the_dashboard_counts_agree_with_the_declarations() {
        long current = jdbc.queryForObject("select count(*) from declaration d join practice p on p.id = d.practice_id"
                + " where d.status = 'DECLARED' and p.status = 'ACTIVE'", Long.class);
        assertThat(statistics.byRegion().stream().mapToLong(NetworkStatistics.Share::safeSurgeries).sum())
                .isEqualTo(current);
        var overTime = statistics.safeSurgeriesOverTime(24);
        assertThat(overTime).hasSize(24);
        assertThat(overTime.values().stream().toList().getLast()).isEqualTo(current);
        assertThat(overTime.values().stream().toList().get(overTime.size() - 14))
                .as("13 months ago, only the practices whose declarations were backdated had declared")
                .isBetween(1L, 2L);
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void practice_managers_do_not_see_the_network_register() {
        assertThatThrownBy(() -> register.find(Filter.none(), 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> statistics.byIcb()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static Standing standingOf(java.util.List<Row> rows, String odsCode) {
        return rows.stream().filter(r -> r.odsCode().equals(odsCode)).findFirst().orElseThrow().standing();
    }
}

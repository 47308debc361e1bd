package org.safesurgeries.portal.demo;

import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of mystery-shopper checks of the declared demo practices (not the manager's own), mostly passes, so the
 * trainer's dashboard has something to show and a practice or two needs follow-up.
 */
@Component
@Profile("demo")
class DemoChecks {

    private static final List<String> PRACTICES = List.of("Y90003", "Y90004", "Y90005", "Y90006", "Y90007",
            "Y90008", "Y90009", "Y90010", "Y90011", "Y90012", "Y90013", "Y90014");
    private static final CheckOutcome[] OUTCOMES = {CheckOutcome.WOULD_REGISTER, CheckOutcome.WOULD_REGISTER,
            CheckOutcome.WOULD_REGISTER, CheckOutcome.ASKED_FOR_DOCUMENTS, CheckOutcome.REFUSED, CheckOutcome.UNSURE};

    private final MysteryShopping shopping;
    private final Clock clock;

    DemoChecks(MysteryShopping shopping, Clock clock) {
        this.shopping = shopping;
        this.clock = clock;
    }

    /** Runs as the system administrator; does nothing when the demo practices already have checks. */
    void create(Map<String, Long> practiceIds) {
        if (!shopping.checksOf(practiceIds.get(PRACTICES.getFirst())).isEmpty()) {
            return;
        }
        var random = new Random(2027);
        var today = UkCalendar.today(clock);
        for (int i = 0; i < 36; i++) {
            var scenario = Scenario.values()[random.nextInt(Scenario.values().length)];
            var extra = Scenario.values()[random.nextInt(Scenario.values().length)];
            shopping.record(practiceIds.get(PRACTICES.get(random.nextInt(PRACTICES.size()))), new CheckReport(
                    today.minusDays(random.nextInt(360)), Channel.values()[random.nextInt(Channel.values().length)],
                    EnumSet.of(scenario, extra), OUTCOMES[random.nextInt(OUTCOMES.length)], null));
        }
    }
}

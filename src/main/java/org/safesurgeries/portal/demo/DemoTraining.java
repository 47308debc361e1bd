package org.safesurgeries.portal.demo;

import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Staff head-counts for the manager's practices, and a year and a half of sessions the demo trainer delivered to
 * other declared practices (and one for clinical staff at the manager's first practice), so coverage and the
 * trainers' dashboard have something to show. The manager's reception staff are left untrained for the journey.
 */
@Component
@Profile("demo")
class DemoTraining {

    static final String TRAINER = "trainer@demo.safesurgery.example";
    private static final List<String> PRACTICES = List.of("Y90003", "Y90004", "Y90005", "Y90006", "Y90007",
            "Y90008", "Y90009", "Y90010", "Y90011", "Y90012");

    private final TrainingRecords training;
    private final PracticeService practices;
    private final Clock clock;

    DemoTraining(TrainingRecords training, PracticeService practices, Clock clock) {
        this.training = training;
        this.practices = practices;
        this.clock = clock;
    }

    /** Runs as the system administrator; leaves alone what is already there. */
    void create(Map<String, Long> practiceIds) {
        for (String code : DemoData.MANAGED_PRACTICES) {
            var practice = practices.get(practiceIds.get(code));
            if (practice.headcounts().total() == 0) {
                practices.changeHeadcounts(practice.id(), practice.version(), new Headcounts(8, 12, 1, 3));
            }
        }
        if (!training.sessionsOf(practiceIds.get(PRACTICES.getFirst())).isEmpty()) {
            return;
        }
        var topics = training.topics().stream().map(TrainingRecords.Topic::id).toList();
        var today = UkCalendar.today(clock);
        var random = new Random(2028);
        var sessions = new ArrayList<SessionDetails>();
        for (int i = 0; i < 14; i++) {
            long practice = practiceIds.get(PRACTICES.get(i % PRACTICES.size()));
            sessions.add(new SessionDetails(today.minusDays(20 + random.nextInt(520)),
                    random.nextBoolean() ? SessionFormat.IN_PERSON : SessionFormat.ONLINE, Source.DOTW_TRAINER,
                    60 + 30 * random.nextInt(4), Set.of(topics.get(random.nextInt(3)), topics.get(3 + random.nextInt(3))),
                    List.of(new Attendance(practice, StaffRole.RECEPTION_ADMIN, 1 + random.nextInt(6)),
                            new Attendance(practice, StaffRole.CLINICAL, random.nextInt(5))), List.of(), null));
        }
        long managed = practiceIds.get("Y90001");
        sessions.add(new SessionDetails(today.minusMonths(14), SessionFormat.ONLINE, Source.DOTW_TRAINER, 90,
                Set.of(topics.getFirst()), List.of(new Attendance(managed, StaffRole.CLINICAL, 6)), List.of(), null));
        SystemAuthentication.runAs(TRAINER, "ROLE_TRAINER", () -> sessions.forEach(training::record));
    }
}

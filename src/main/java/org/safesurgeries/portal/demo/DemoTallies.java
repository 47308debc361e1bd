package org.safesurgeries.portal.demo;

import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.registrationaudit.TallyKey;
import org.safesurgeries.portal.shared.LanguageCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** A year of tallies for the declared demo practices, so the statistics pages are never empty in the demo. */
@Component
@Profile("demo")
class DemoTallies {

    private static final List<String> PRACTICES = List.of("Y90001", "Y90003", "Y90004", "Y90005", "Y90006", "Y90007",
            "Y90008", "Y90009", "Y90010", "Y90011", "Y90012", "Y90013", "Y90014");

    private final RegistrationTally tally;

    DemoTallies(RegistrationTally tally) {
        this.tally = tally;
    }

    /** Runs as the system administrator; leaves alone a practice that already has figures. */
    void create(Map<String, Long> practiceIds) {
        var random = new Random(2026);
        for (String code : PRACTICES) {
            long practice = practiceIds.get(code);
            if (!tally.ownFigures(practice, 13).isEmpty()) {
                continue;
            }
            var counts = new ArrayList<Count>();
            for (int ago = 12; ago >= 0; ago--) {
                var month = tally.currentMonth().minusMonths(ago);
                add(counts, new TallyKey(month, RegistrationType.PERMANENT, Set.of(MissingDocument.PROOF_OF_ADDRESS),
                        null, Outcome.REGISTERED, null), random.nextInt(14));
                add(counts, new TallyKey(month, RegistrationType.PERMANENT,
                        Set.of(MissingDocument.PHOTO_ID, MissingDocument.IMMIGRATION_DOCUMENTS),
                        LanguageCode.parse(random.nextBoolean() ? "ar" : "ti"), Outcome.REGISTERED, null),
                        random.nextInt(9));
                add(counts, new TallyKey(month, RegistrationType.TEMPORARY_RESIDENT,
                        Set.of(MissingDocument.NHS_NUMBER), null, Outcome.PENDING, null), random.nextInt(5));
                if (random.nextInt(4) == 0) {
                    add(counts, new TallyKey(month, RegistrationType.PERMANENT, Set.of(MissingDocument.PHOTO_ID),
                            null, Outcome.REFUSED, RefusalReason.OUTSIDE_PRACTICE_AREA), 1 + random.nextInt(2));
                }
            }
            tally.add(practice, counts);
        }
    }

    private static void add(List<Count> counts, TallyKey key, int count) {
        counts.add(new Count(key, count));
    }
}

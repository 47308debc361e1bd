package org.safesurgeries.portal.registrationaudit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Imports a practice's monthly figures from a CSV file in {@link TallyCsv}'s format. The whole file is checked
 * first; a file with any problem imports nothing and comes back with every problem by line and column. A clean file
 * is added in one transaction, in statements of many rows, reporting progress as it goes.
 */
@Service
public class TallyImport {

    /** What a clean file added: rows, registrations, and registrations per month. */
    public record Summary(int rows, long registrations, SortedMap<YearMonth, Long> byMonth) {
    }

    /** Called as the summed counters are written: how many so far of how many in all. */
    @FunctionalInterface
    public interface Progress {
        void countersWritten(int done, int total);
    }

    /** The file has problems; nothing was imported. */
    public static final class FileRejected extends RuntimeException {
        private final transient TallyCsv.Reading reading;

        FileRejected(TallyCsv.Reading reading) {
            super("The file has " + reading.problemCount() + (reading.problemCount() == 1 ? " problem" : " problems")
                    + ", so nothing was imported.");
            this.reading = reading;
        }

        public TallyCsv.Reading reading() {
            return reading;
        }
    }

    static final int COUNTS_PER_WRITE = 5_000;
    static final int MAX_SUMS_HELD = 200_000;

    private final RegistrationTally tally;
    private final CurrentUser currentUser;
    private int maxSumsHeld = MAX_SUMS_HELD;

    TallyImport(RegistrationTally tally, CurrentUser currentUser) {
        this.tally = tally;
        this.currentUser = currentUser;
    }

    /** For tests: how many different counters to hold before writing some. */
    void holdAtMost(int sums) {
        maxSumsHeld = sums;
    }

    /** Checks the file without importing anything. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public TallyCsv.Reading check(long practiceId, byte[] content) {
        currentUser.requirePracticeAccess(practiceId);
        return TallyCsv.read(content, tally.currentMonth(), count -> {
        });
    }

    /**
     * Reads, checks and sums the file in one pass, then adds each counter once; a file with any problem adds nothing
     * (throws {@link FileRejected}). Summing first matters: files with one row per registration are common, and
     * updating one counter thousands of times in a transaction is what made imports slow.
     */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional
    public Summary importFile(long practiceId, byte[] content, Progress progress) {
        currentUser.requirePracticeAccess(practiceId);
        var sums = new LinkedHashMap<TallyKey, Long>();
        var byMonth = new TreeMap<YearMonth, Long>();
        int[] written = {0};
        var reading = TallyCsv.read(content, tally.currentMonth(), count -> {
            sums.merge(count.key(), (long) count.registrations(), Long::sum);
            byMonth.merge(count.key().month(), (long) count.registrations(), Long::sum);
            if (sums.size() >= maxSumsHeld) {
                // Bounded memory for huge files: write what is summed so far. Nothing is committed until the whole
                // file has been read clean; a later problem rolls this back.
                written[0] += write(practiceId, sums, written[0], written[0] + sums.size(), progress);
            }
        });
        if (!reading.clean()) {
            throw new FileRejected(reading);
        }
        write(practiceId, sums, written[0], written[0] + sums.size(), progress);
        return new Summary(reading.rows(), reading.registrations(), Collections.unmodifiableSortedMap(byMonth));
    }

    /** Writes the sums (a count above 10,000 as several), reporting counters written; returns how many. */
    private int write(long practiceId, Map<TallyKey, Long> sums, int before, int total, Progress progress) {
        var counts = new ArrayList<Count>(sums.size());
        sums.forEach((key, sum) -> counts.addAll(Count.of(key, sum)));
        for (int from = 0; from < counts.size(); from += COUNTS_PER_WRITE) {
            int to = Math.min(counts.size(), from + COUNTS_PER_WRITE);
            tally.add(practiceId, counts.subList(from, to));
            progress.countersWritten(Math.min(total, before + to), total);
        }
        int size = sums.size();
        sums.clear();
        return size;
    }
}

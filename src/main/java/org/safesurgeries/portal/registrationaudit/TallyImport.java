package org.safesurgeries.portal.registrationaudit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
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

    /** Called as rows are written: how many so far of how many in all. */
    @FunctionalInterface
    public interface Progress {
        void rowsWritten(int done, int total);
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

    static final int ROWS_PER_WRITE = 5_000;

    private final RegistrationTally tally;
    private final CurrentUser currentUser;

    TallyImport(RegistrationTally tally, CurrentUser currentUser) {
        this.tally = tally;
        this.currentUser = currentUser;
    }

    /** Checks the file without importing anything. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public TallyCsv.Reading check(long practiceId, byte[] content) {
        currentUser.requirePracticeAccess(practiceId);
        return TallyCsv.read(content, tally.currentMonth(), count -> {
        });
    }

    /** Checks the file, then adds all of it or, when it has any problem, nothing (throws {@link FileRejected}). */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional
    public Summary importFile(long practiceId, byte[] content, Progress progress) {
        var checked = check(practiceId, content);
        if (!checked.clean()) {
            throw new FileRejected(checked);
        }
        var byMonth = new TreeMap<YearMonth, Long>();
        // Rows with the same answers are added together before writing: a counter updated thousands of times in
        // one transaction slows InnoDB down badly, and files with one row per registration are common.
        var batch = new LinkedHashMap<TallyKey, Integer>();
        int[] read = {0};
        TallyCsv.read(content, tally.currentMonth(), count -> {
            byMonth.merge(count.key().month(), (long) count.registrations(), Long::sum);
            batch.merge(count.key(), count.registrations(), Integer::sum);
            if (++read[0] % ROWS_PER_WRITE == 0) {
                write(practiceId, batch);
                progress.rowsWritten(read[0], checked.rows());
            }
        });
        write(practiceId, batch);
        progress.rowsWritten(read[0], checked.rows());
        return new Summary(checked.rows(), checked.registrations(), Collections.unmodifiableSortedMap(byMonth));
    }

    private void write(long practiceId, Map<TallyKey, Integer> batch) {
        if (!batch.isEmpty()) {
            tally.add(practiceId, batch.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
            batch.clear();
        }
    }
}

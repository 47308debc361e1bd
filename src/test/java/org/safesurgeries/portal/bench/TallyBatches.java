package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.registrationaudit.TallyKey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A file's counts read beforehand, grouped for RegistrationTally.add, to time the writing without the reading. */
final class TallyBatches {

    /** TallyImport's own batch (its package-private ROWS_PER_WRITE): rows summed before each write. */
    static final int ROWS_PER_WRITE = 5_000;

    private TallyBatches() {
    }

    /** The batches TallyImport writes: rows with the same answers summed per 5,000 rows read. */
    static List<List<Count>> asTallyImportWritesThem(byte[] file, YearMonth current) {
        var batches = new ArrayList<List<Count>>();
        var batch = new LinkedHashMap<TallyKey, Integer>();
        int[] read = {0};
        TallyCsv.read(file, current, count -> {
            batch.merge(count.key(), count.registrations(), Integer::sum);
            if (++read[0] % ROWS_PER_WRITE == 0) {
                batches.add(counts(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            batches.add(counts(batch));
        }
        return batches;
    }

    /**
     * What-if, not the portal's code: the whole file summed first, so each counter is written once; in batches of
     * 5,000 counters (progress could still be reported), a sum above RegistrationTally.MAX_COUNT split in parts.
     */
    static List<List<Count>> wholeFileSummed(byte[] file, YearMonth current) {
        var sums = new LinkedHashMap<TallyKey, Long>();
        TallyCsv.read(file, current, count -> sums.merge(count.key(), (long) count.registrations(), Long::sum));
        var counts = new ArrayList<Count>();
        sums.forEach((key, sum) -> {
            for (long left = sum; left > 0; left -= RegistrationTally.MAX_COUNT) {
                counts.add(new Count(key, (int) Math.min(left, RegistrationTally.MAX_COUNT)));
            }
        });
        var batches = new ArrayList<List<Count>>();
        for (int from = 0; from < counts.size(); from += ROWS_PER_WRITE) {
            batches.add(counts.subList(from, Math.min(counts.size(), from + ROWS_PER_WRITE)));
        }
        return batches;
    }

    private static List<Count> counts(Map<TallyKey, Integer> batch) {
        return batch.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}

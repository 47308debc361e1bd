package org.safesurgeries.portal.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What makes the round trips meaningful: before the run, each interaction once with its reply checked (the queue's
 * rows, the directory's counts for towns its first page shows); after it, the tally pages must show exactly as many
 * more registrations this month as the load client logged.
 */
final class RoundTripChecks {

    record Before(Map<String, Long> logged, List<String> towns, int queueRows, int directoryTotal) {
    }

    record After(Map<String, Long> before, Map<String, Long> after, Map<String, Long> clicks) {

        boolean tallyAddsUp() {
            return before.keySet().stream().allMatch(page -> after.get(page) - before.get(page)
                    == clicks.getOrDefault(page, 0L));
        }
    }

    private RoundTripChecks() {
    }

    static Before before(URI base, UidlSession checker, List<String> tallyPages) throws Exception {
        var logged = loggedThisMonth(checker, tallyPages);
        checker.open(tallyPages.getFirst());
        PortalVisits.logRegistration(checker, 0);
        long now = PortalVisits.loggedThisMonth(checker.page());
        if (now != logged.get(tallyPages.getFirst()) + 1) {
            throw new IllegalStateException("Logging a registration did not add one to this month's figure ("
                    + logged.get(tallyPages.getFirst()) + " before, " + now + " after)");
        }
        logged.put(tallyPages.getFirst(), now);

        var reviewer = PortalVisits.signedIn(new UidlSession(base, null), PortalVisits.REVIEWER);
        reviewer.open("home");
        int queueRows = PortalVisits.openReviewQueue(reviewer);

        var visitor = new UidlSession(base, null);
        visitor.open("directory");
        int total = PortalVisits.directoryCount(visitor.page());
        var towns = PortalVisits.directoryTowns(visitor.page());
        if (total == 0 || towns.isEmpty()) {
            throw new IllegalStateException("The directory lists no practice to search for");
        }
        for (String town : towns) {
            int found = PortalVisits.filterDirectory(visitor, town);
            if (found < 1 || found > total) {
                throw new IllegalStateException("Searching the directory for " + town + " found " + found);
            }
        }
        if (PortalVisits.filterDirectory(visitor, "") != total) {
            throw new IllegalStateException("The directory's unfiltered count changed");
        }
        System.out.printf("Checked: a registration logged adds one to the tally; the review queue has %d "
                + "applications; the directory lists %d, and %d towns from its first page each find some.%n",
                queueRows, total, towns.size());
        return new Before(logged, towns, queueRows, total);
    }

    static After after(UidlSession checker, List<String> tallyPages, Before before, Map<String, AtomicLong> clicks)
            throws Exception {
        var counted = new LinkedHashMap<String, Long>();
        clicks.forEach((page, n) -> counted.put(page, n.get()));
        var after = new After(before.logged(), loggedThisMonth(checker, tallyPages), counted);
        System.out.printf("Tally this month, before → after (logged by the load client): %s%n", tallyPages.stream()
                .map(p -> p + " " + after.before().get(p) + " → " + after.after().get(p) + " ("
                        + counted.getOrDefault(p, 0L) + ")").toList());
        return after;
    }

    private static Map<String, Long> loggedThisMonth(UidlSession checker, List<String> tallyPages) throws Exception {
        var logged = new LinkedHashMap<String, Long>();
        for (String page : tallyPages) {
            checker.open(page);
            logged.put(page, PortalVisits.loggedThisMonth(checker.page()));
        }
        return logged;
    }
}

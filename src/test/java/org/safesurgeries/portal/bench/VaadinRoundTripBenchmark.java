package org.safesurgeries.portal.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server time per UI round trip at {@code SESSIONS} concurrent sessions: a third log registrations at the tally's
 * desk, a third open the review queue, a third filter the directory; after each interaction every session sends an
 * empty UIDL message, the yardstick. Each session pauses {@code THINK_MS} on average (uniformly 0.5–1.5 times it)
 * between requests. Times are taken at the client (loopback, an upper bound of the server's) and, when
 * {@code ACCESS_LOG} names Tomcat's access log, by Tomcat itself. Run by {@code bench/vaadin/run roundtrip}.
 */
final class VaadinRoundTripBenchmark {

    static final double GOAL_MS = 20;

    private VaadinRoundTripBenchmark() {
    }

    enum Work { TALLY, REVIEWS, DIRECTORY }

    public static void main(String[] args) throws Exception {
        var base = URI.create(System.getenv("BASE"));
        int sessions = BenchPortal.setting("SESSIONS", 50);
        int warmup = BenchPortal.setting("WARMUP", 15);
        int duration = BenchPortal.setting("DURATION", 45);
        int think = BenchPortal.setting("THINK_MS", 1000);
        String accessLog = System.getenv("ACCESS_LOG");

        var checker = PortalVisits.signedIn(new UidlSession(base, null), PortalVisits.MANAGER);
        var tallyPages = PortalVisits.tallyPages(checker);
        var check = RoundTripChecks.before(base, checker, tallyPages);

        var latencies = new Latencies();
        var logged = new ConcurrentHashMap<String, AtomicLong>();
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var firstError = new ConcurrentHashMap<String, String>();
        System.out.printf("Signing in %d sessions…%n", sessions);
        var tabs = new ArrayList<UidlSession>();
        for (int i = 0; i < sessions; i++) {
            tabs.add(prepare(base, latencies, Work.values()[i % 3], i, tallyPages));
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + duration * 1_000_000_000L;
        latencies.window(measureFrom, end);
        System.out.printf("Running: %d s warm-up, then %d s measured…%n", warmup, duration);
        var done = new CountDownLatch(sessions);
        for (int i = 0; i < sessions; i++) {
            var work = Work.values()[i % 3];
            var tab = tabs.get(i);
            String practice = tallyPages.get(i / 3 % tallyPages.size());
            var towns = check.towns();
            Thread.ofPlatform().name("session-" + i).start(() -> {
                int iteration = 0;
                try {
                    while (System.nanoTime() < end) {
                        try {
                            switch (work) {
                                case TALLY -> {
                                    PortalVisits.logRegistration(tab, iteration);
                                    logged.computeIfAbsent(practice, p -> new AtomicLong()).incrementAndGet();
                                }
                                case REVIEWS -> PortalVisits.openReviewQueue(tab);
                                case DIRECTORY -> PortalVisits.filterDirectory(tab,
                                        iteration % 4 == 3 ? "" : towns.get(iteration % towns.size()));
                            }
                            pause(think);
                            tab.empty(PortalVisits.EMPTY);
                        } catch (Exception e) {
                            errors.computeIfAbsent(work.name(), w -> new AtomicLong()).incrementAndGet();
                            firstError.putIfAbsent(work.name(), String.valueOf(e));
                            reopen(tab, work, practice);
                        }
                        iteration++;
                        pause(think);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        var after = RoundTripChecks.after(checker, tallyPages, check, logged);
        var serverTimes = accessLog == null || accessLog.isBlank() ? Map.<String, long[]>of()
                : ServerTimes.read(Path.of(accessLog));
        new RoundTripResults(sessions, warmup, duration, think, latencies, serverTimes, errors, firstError, after)
                .write();
        if (!errors.isEmpty() || !after.tallyAddsUp()) {
            System.exit(1);
        }
    }

    private static UidlSession prepare(URI base, Latencies latencies, Work work, int i, List<String> tallyPages)
            throws Exception {
        var tab = new UidlSession(base, latencies);
        switch (work) {
            case TALLY -> {
                PortalVisits.signedIn(tab, PortalVisits.MANAGER);
                tab.open(tallyPages.get(i / 3 % tallyPages.size()));
            }
            case REVIEWS -> {
                PortalVisits.signedIn(tab, i % 2 == 0 ? PortalVisits.REVIEWER : PortalVisits.REVIEWER_LIVED);
                tab.open("home");
            }
            case DIRECTORY -> tab.open("directory");
        }
        return tab;
    }

    /** After a failed request the tab's state is unknown: open its page afresh, as a person would reload. */
    private static void reopen(UidlSession tab, Work work, String practice) {
        try {
            tab.open(switch (work) {
                case TALLY -> practice;
                case REVIEWS -> "home";
                case DIRECTORY -> "directory";
            });
        } catch (Exception ignored) {
            // counted already; the next iteration fails and counts again if the portal is gone
        }
    }

    private static void pause(int thinkMillis) {
        if (thinkMillis > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3L / 2 + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.safesurgeries.portal.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Heap per signed-in, idle Vaadin session: the portal's live heap (after full GCs) with no session, then with
 * {@code SESSIONS} signed-in tabs, each with a UI on a page its role uses, spread over the demo accounts. Run by
 * {@code bench/vaadin/run memory} against a portal it started; writes {@code RESULTS_DIR/vaadin-memory.{md,csv}}.
 */
final class VaadinMemoryBenchmark {

    static final double GOAL_KIB = 250;

    private VaadinMemoryBenchmark() {
    }

    /** Who sits on which page: two in five are managers on a tally page, then reviewers, trainers, admins. */
    enum Seat {
        MANAGER_TALLY, REVIEWER_QUEUE, TRAINER_HOME, ADMIN_HOME;

        static Seat of(int i) {
            return switch (i % 5) {
                case 0, 1 -> MANAGER_TALLY;
                case 2 -> REVIEWER_QUEUE;
                case 3 -> TRAINER_HOME;
                default -> ADMIN_HOME;
            };
        }
    }

    public static void main(String[] args) throws Exception {
        var base = URI.create(System.getenv("BASE"));
        long pid = Long.parseLong(System.getenv("APP_PID"));
        int sessions = BenchPortal.setting("SESSIONS", 1000);
        int threads = BenchPortal.setting("THREADS", 4);
        int warmup = BenchPortal.setting("WARMUP_SESSIONS", 10);
        String heap = System.getenv().getOrDefault("HEAP", "512m");

        var tallyPages = PortalVisits.tallyPages(PortalVisits.signedIn(new UidlSession(base, null),
                PortalVisits.MANAGER));
        System.out.printf("Warming up: %d sessions of each kind, signed out afterwards…%n", warmup);
        var warm = open(base, warmup * 5, threads, tallyPages, true);
        for (var session : warm) {
            PortalVisits.signOut(session);
        }
        var before = HeapHistogram.settled(pid);
        System.out.printf("Live heap with no session: %.1f MiB%n", before.totalBytes() / 1048576.0);

        System.out.printf("Opening %d signed-in sessions on %d threads…%n", sessions, threads);
        long start = System.nanoTime();
        var open = open(base, sessions, threads, tallyPages, false);
        double openSeconds = Timings.seconds(start);
        Thread.sleep(5000);
        var after = HeapHistogram.settled(pid);
        System.out.printf("Live heap with %d sessions: %.1f MiB (opened in %.0f s)%n", sessions,
                after.totalBytes() / 1048576.0, openSeconds);

        int alive = stillAlive(open, threads);
        System.out.printf("Sessions that still answer: %d of %d%n", alive, sessions);
        new MemoryResults(sessions, heap, before, after, alive, openSeconds).write();
        if (alive != sessions) {
            System.exit(1);
        }
    }

    /** Opens sessions in parallel; for warm-up, each also does its interaction once. */
    private static List<UidlSession> open(URI base, int count, int threads, List<String> tallyPages,
                                          boolean interact) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<UidlSession>>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> seat(base, n, tallyPages, interact)));
            }
            var sessions = new ArrayList<UidlSession>();
            for (var future : futures) {
                sessions.add(future.get());
                if (sessions.size() % 100 == 0) {
                    System.out.printf("  %d open%n", sessions.size());
                }
            }
            return sessions;
        } finally {
            pool.shutdown();
        }
    }

    private static UidlSession seat(URI base, int n, List<String> tallyPages, boolean interact) throws Exception {
        var session = new UidlSession(base, null);
        switch (Seat.of(n)) {
            case MANAGER_TALLY -> {
                PortalVisits.signedIn(session, PortalVisits.MANAGER);
                session.open(tallyPages.get(n % tallyPages.size()));
                session.page().require("vaadin-button", "Log registration");
                if (interact) {
                    PortalVisits.logRegistration(session, n);
                }
            }
            case REVIEWER_QUEUE -> {
                PortalVisits.signedIn(session, n % 2 == 0 ? PortalVisits.REVIEWER : PortalVisits.REVIEWER_LIVED);
                session.open("home");
                PortalVisits.openReviewQueue(session);
            }
            case TRAINER_HOME -> home(PortalVisits.signedIn(session, PortalVisits.TRAINER));
            case ADMIN_HOME -> home(PortalVisits.signedIn(session, PortalVisits.ADMIN));
        }
        if (!interact) {
            session.forgetPage();
        }
        return session;
    }

    private static void home(UidlSession session) throws Exception {
        session.open("home");
        if (!session.page().pageText().contains("Welcome, ")) {
            throw new IllegalStateException("The home page does not welcome the person");
        }
    }

    /** One empty UIDL message on every session's UI: it answers only while the session and its UI live. */
    private static int stillAlive(List<UidlSession> sessions, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var alive = new AtomicInteger();
        try {
            var futures = new ArrayList<Future<?>>();
            for (var session : sessions) {
                futures.add(pool.submit(() -> {
                    try {
                        session.empty("alive");
                        alive.incrementAndGet();
                    } catch (Exception e) {
                        System.err.println("A session no longer answers: " + e.getMessage());
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return alive.get();
    }
}

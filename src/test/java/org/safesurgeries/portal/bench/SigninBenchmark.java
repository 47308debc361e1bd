package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.PasswordResetRequests;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Issue 10, user enumeration by timing: a sign-in with a wrong password for an existing account against one for an
 * email no account has, and a password-reset request for an existing account's email against an unknown one, each
 * through the portal's own beans (the AuthenticationManager with its login throttle; AccountService) on the data set.
 * Attempts alternate in a random order; every email is used once per run, so the throttle (5 failures per email in 15
 * minutes) never locks one (the run stops if it does). Reports median, p95 and the ratio of medians; goal: within 10%.
 */
public final class SigninBenchmark {

    private SigninBenchmark() {
    }

    record Series(String name, double[] ms) {
        double percentile(double p) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }

        double median() {
            return percentile(50);
        }
    }

    public static void main(String[] args) throws Exception {
        int attempts = BenchPortal.setting("ATTEMPTS", 200);
        int resets = BenchPortal.setting("RESET_ATTEMPTS", 100);
        int warmup = BenchPortal.setting("WARMUP", 20);
        Path dir = BenchPortal.dataDir("bench/.data/portal").toAbsolutePath();
        List<String> accounts = Files.readAllLines(dir.resolve(PortalDataSet.ACCOUNTS_FILE)).stream()
                .filter(l -> !l.isBlank()).toList();
        if (accounts.size() < warmup + attempts) {
            throw new IllegalStateException("The data set has " + accounts.size() + " generated accounts; "
                    + (warmup + attempts) + " are needed (ACCOUNTS)");
        }
        // A different slice of the accounts in each quarter of an hour, so that runs close together do not add up
        // failures for the same emails.
        int offset = (int) ((Instant.now().getEpochSecond() / 900) * (warmup + attempts) % accounts.size());
        var random = new Random(Instant.now().toEpochMilli());
        String run = Long.toString(Instant.now().toEpochMilli(), 36);
        try (var context = PortalDataSet.start(dir)) {
            var manager = context.getBean("authenticationManager", AuthenticationManager.class);
            var service = context.getBean(AccountService.class);
            int[] throttled = {0};
            Consumer<String> signIn = email -> {
                try {
                    manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong-" + run));
                    throw new IllegalStateException("A wrong password signed in " + email);
                } catch (AuthenticationException e) {
                    if (e.getMessage().startsWith("Too many")) {
                        throttled[0]++;
                    }
                }
            };
            // What the forgotten-password page calls (the goal), and the work it hands on (context).
            Consumer<String> reset = context.getBean(PasswordResetRequests.class)::request;
            Consumer<String> work = service::requestPasswordReset;
            List<String> existing = new ArrayList<>();
            for (int i = 0; i < warmup + attempts; i++) {
                existing.add(accounts.get((offset + i) % accounts.size()));
            }
            var signIns = pairs("Sign-in, wrong password", signIn, existing, unknown(run, "s", warmup + attempts),
                    warmup, random);
            // The work first: the page's calls leave it running on other threads.
            var resetWork = pairs("Password reset work (AccountService, after the page answered)", work,
                    existing.subList(resets, Math.min(existing.size(), warmup + 2 * resets)),
                    unknown(run, "w", warmup + resets), warmup, random);
            var resetPairs = pairs("Password reset request (the page's call)", reset, existing.subList(0,
                    Math.min(existing.size(), warmup + resets)), unknown(run, "r", warmup + resets), warmup, random);
            Thread.sleep(3_000); // the queued resets finish before the context closes
            if (throttled[0] > 0) {
                throw new IllegalStateException(throttled[0] + " sign-ins were refused by the throttle: run again"
                        + " in 15 minutes or with more ACCOUNTS");
            }
            report(List.of(signIns, resetPairs, resetWork), attempts, resets);
        }
    }

    private static List<String> unknown(String run, String kind, int count) {
        var emails = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            emails.add("nobody." + run + "." + kind + i + "@bench.safesurgery.example");
        }
        return emails;
    }

    /** Existing and unknown alternately, in a random order within each pair; the first {@code warmup} pairs untimed. */
    private static Series[] pairs(String name, Consumer<String> attempt, List<String> existing, List<String> unknown,
                                  int warmup, Random random) {
        int n = existing.size() - warmup;
        double[] known = new double[n];
        double[] none = new double[n];
        for (int i = 0; i < existing.size(); i++) {
            boolean knownFirst = random.nextBoolean();
            for (int k = 0; k < 2; k++) {
                boolean isKnown = (k == 0) == knownFirst;
                String email = isKnown ? existing.get(i) : unknown.get(i);
                long started = System.nanoTime();
                attempt.accept(email);
                double ms = (System.nanoTime() - started) / 1e6;
                if (i >= warmup) {
                    (isKnown ? known : none)[i - warmup] = ms;
                }
            }
        }
        return new Series[] {new Series(name + ", existing account", known), new Series(name + ", no such account",
                none)};
    }

    private static void report(List<Series[]> pairs, int attempts, int resetAttempts) {
        var md = new StringBuilder("| Work | Attempts | Median ms | p95 ms | Mean ms | Ratio of medians"
                + " (existing / none) | Goal | Met |\n|---|---|---|---|---|---|---|---|\n");
        var csv = new StringBuilder("work,attempts,median_ms,p95_ms,mean_ms,ratio\n");
        var summary = new Summary("signin");
        for (Series[] pair : pairs) {
            double ratio = pair[0].median() / pair[1].median();
            boolean context = pair[0].name().contains("work");
            boolean met = Math.abs(ratio - 1) <= 0.10;
            for (Series s : pair) {
                double mean = Arrays.stream(s.ms()).average().orElse(0);
                boolean first = s == pair[0];
                md.append("| %s | %d | %.3f | %.3f | %.3f | %s | %s | %s |%n".formatted(s.name(), s.ms().length,
                        s.median(), s.percentile(95), mean, first ? "%.3f".formatted(ratio) : "",
                        first && !context ? "medians within 10%" : "", first ? context ? "—" : Summary.met(met) : ""));
                csv.append("\"%s\",%d,%.3f,%.3f,%.3f,%.4f%n".formatted(s.name(), s.ms().length, s.median(),
                        s.percentile(95), mean, ratio));
            }
            String work = pair[0].name().replace(", existing account", "") + ": existing vs no such account";
            summary.row(work, "median %.3f vs %.3f ms (p95 %.3f vs %.3f)".formatted(pair[0].median(),
                            pair[1].median(), pair[0].percentile(95), pair[1].percentile(95)),
                    "no such account", "%.3f".formatted(ratio), context ? "— (context)" : "medians within 10%",
                    context ? "—" : Summary.met(met));
        }
        md.append("%nIn-process through the portal's beans on the data set, %d sign-in pairs and %d pairs of each reset after"
                .formatted(attempts, resetAttempts) + " warm-up, alternating in random order; %d cores, %s.%n"
                .formatted(Runtime.getRuntime().availableProcessors(), Instant.now()));
        summary.write();
        BenchPortal.write(BenchPortal.resultsDir().resolve("signin.md"), md.toString());
        BenchPortal.write(BenchPortal.resultsDir().resolve("signin.csv"), csv.toString());
        System.out.print(md);
    }
}

package org.safesurgeries.portal.bench;

import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfReader;
import org.safesurgeries.portal.certificate.CertificateKind;
import org.safesurgeries.portal.certificate.CertificateRenderer;
import org.safesurgeries.portal.certificate.PdfSigner;
import org.safesurgeries.portal.certificate.SigningKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Benchmark: award certificates rendered ({@link CertificateRenderer}) and signed ({@link PdfSigner}) per second on
 * one thread and on two, against LibreOffice headless converting the same certificate to PDF. Settings and results:
 * see bench/README.md; run it with bench/certificates/run.
 */
public final class CertificateBenchmark {

    private static final long SEED = 20261122L;

    private final CertificateRenderer renderer = new CertificateRenderer();
    private final PdfSigner signer;
    private final PrivateKey key;
    private final PrivateKey ecKey;
    private final List<Map<String, String>> samples = CertificateSamples.awards(SEED);
    private final List<byte[]> rendered = new ArrayList<>();
    private final AtomicLong sink = new AtomicLong();

    private CertificateBenchmark(Path dataDir) throws Exception {
        signer = new PdfSigner(SigningKeys.load(null, null, null, dataDir));
        var rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(3072);
        key = rsa.generateKeyPair().getPrivate();
        var ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        ecKey = ec.generateKeyPair().getPrivate();
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchPortal.setting("RUNS", 5);
        double duration = BenchPortal.setting("DURATION", 8);
        double warmup = BenchPortal.setting("WARMUP", 10);
        double partDuration = BenchPortal.setting("PART_DURATION", 1);
        int coldFiles = BenchPortal.setting("LO_COLD_FILES", 3);
        int batchFiles = BenchPortal.setting("LO_BATCH_FILES", 30);
        int threads = Math.max(2, BenchPortal.setting("THREADS", 2)); // "two cores"; more on a bigger machine
        Path data = BenchPortal.dataDir("bench/.data/certificates");
        Path resultsDir = BenchPortal.resultsDir();

        var results = new CertificateResults(runs, duration, coldFiles, batchFiles, threads);
        var bench = new CertificateBenchmark(data);
        var office = LibreOfficeYardstick.find(data.resolve("libreoffice"));
        if (office.isEmpty()) {
            System.out.println("LibreOffice (soffice) is not installed: no yardstick, the portal's figures only.");
            results.noLibreOffice(System.getenv().getOrDefault("LIBREOFFICE_MISSING",
                    "LibreOffice is not installed (soffice is not on the PATH)"));
        }
        bench.check(data);
        Optional<Yardstick> yardstick = Optional.empty();
        if (office.isPresent()) {
            try {
                yardstick = Optional.of(bench.new Yardstick(office.get(), coldFiles, batchFiles, threads, data,
                        results));
            } catch (RuntimeException e) {
                System.out.println("LibreOffice failed, so no yardstick this run: " + e.getMessage());
                results.noLibreOffice("soffice failed: " + e.getMessage());
            }
        }
        System.out.printf("Warming up: %.0f s of render + sign on %d threads…%n", warmup, threads);
        throughput(threads, warmup, bench::renderAndSign);
        results.load("start", loadAverage());
        for (int run = 1; run <= runs; run++) {
            // The portal, then LibreOffice right after it: each run's ratio compares figures taken moments apart on
            // a machine whose load changes.
            System.out.printf("Run %d of %d (load average %s)%n", run, runs, loadAverage());
            results.add("one", report("render + sign, 1 thread", throughput(1, duration, bench::renderAndSign)));
            results.add("two", report("render + sign, " + threads + " threads",
                    throughput(threads, duration, bench::renderAndSign)));
            if (yardstick.isPresent()) {
                try {
                    yardstick.get().run();
                } catch (RuntimeException e) {
                    System.out.println("LibreOffice failed; the runs so far keep their yardstick: " + e.getMessage());
                    yardstick = Optional.empty();
                }
            }
            results.add("render", report("render alone, 1 thread", throughput(1, partDuration, bench::render)));
            results.add("sign", report("sign alone, 1 thread", throughput(1, partDuration, bench::sign)));
            results.add("rsa", report("RSA signature alone, 1 thread", throughput(1, partDuration, bench::rsa)));
            results.add("ecdsa", report("ECDSA P-256 alone, 1 thread", throughput(1, partDuration, bench::ecdsa)));
        }
        results.load("end", loadAverage());
        results.write(resultsDir);
        System.exit(0);
    }

    // ---- The portal ----

    /** Renders and signs each sample once and reads it back; keeps one signed PDF to look at. */
    private void check(Path data) throws IOException {
        System.out.printf("Checking the %d sample certificates (render, sign, read back)…%n", samples.size());
        for (var fields : samples) {
            byte[] pdf = renderer.render(CertificateKind.AWARD, fields);
            rendered.add(pdf);
            check(signer.sign(pdf, reason(fields), Instant.now()), fields);
        }
        Files.write(data.resolve("portal-sample.pdf"), signer.sign(rendered.getFirst(), reason(samples.getFirst()),
                Instant.now()));
    }

    private void renderAndSign(int i) {
        var fields = samples.get(i % samples.size());
        byte[] pdf = renderer.render(CertificateKind.AWARD, fields);
        sink.addAndGet(signer.sign(pdf, reason(fields), Instant.now()).length);
    }

    private void render(int i) {
        sink.addAndGet(renderer.render(CertificateKind.AWARD, samples.get(i % samples.size())).length);
    }

    private void sign(int i) {
        sink.addAndGet(signer.sign(rendered.get(i % rendered.size()), reason(samples.get(i % samples.size())),
                Instant.now()).length);
    }

    /**
     * For comparison, the RSA-3072 signature alone (what a configured RSA keystore costs), over a certificate's size
     * of bytes.
     */
    private void rsa(int i) {
        signature("SHA256withRSA", key, i);
    }

    /**
     * The ECDSA P-256 signature alone (the portal's own self-signed key since the first run of this benchmark), the
     * same strength as RSA-3072 (128 bits, NIST SP 800-57).
     */
    private void ecdsa(int i) {
        signature("SHA256withECDSA", ecKey, i);
    }

    private void signature(String algorithm, PrivateKey privateKey, int i) {
        try {
            var signature = Signature.getInstance(algorithm);
            signature.initSign(privateKey);
            signature.update(rendered.get(i % rendered.size()));
            sink.addAndGet(signature.sign().length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(Map<String, String> fields) {
        return CertificateKind.AWARD.label() + " certificate " + fields.get("code");
    }

    /**
     * Work items done per second by {@code threads} threads each looping until the time is up; the clock runs from
     * the start signal until the last thread has finished its last item.
     */
    private static double throughput(int threads, double seconds, IntConsumer work) throws InterruptedException {
        var ready = new CountDownLatch(threads);
        var go = new CountDownLatch(1);
        var done = new CountDownLatch(threads);
        var count = new AtomicLong();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] start = new long[1];
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread.ofPlatform().name("bench-" + t).start(() -> {
                try {
                    ready.countDown();
                    go.await();
                    long deadline = start[0] + (long) (seconds * 1e9);
                    long n = 0;
                    for (int i = first; System.nanoTime() < deadline; i += threads) {
                        work.accept(i);
                        n++;
                    }
                    count.addAndGet(n);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
        }
        ready.await();
        start[0] = System.nanoTime();
        go.countDown();
        done.await();
        double elapsed = Timings.seconds(start[0]);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A benchmark thread failed", failures.getFirst());
        }
        return count.get() / elapsed;
    }

    private static double report(String label, double perSecond) {
        System.out.printf("  %-32s %8.1f /s%n", label, perSecond);
        return perSecond;
    }

    /** One page, the practice's name in the text, one signature covering the whole file. */
    private static void check(byte[] signed, Map<String, String> fields) throws IOException {
        try (var reader = new PdfReader(signed)) {
            if (reader.getNumberOfPages() != 1) {
                throw new IllegalStateException("The certificate has " + reader.getNumberOfPages() + " pages");
            }
            AcroFields form = reader.getAcroFields();
            List<String> names = form.getSignedFieldNames();
            if (names.size() != 1 || !form.signatureCoversWholeDocument(names.getFirst())) {
                throw new IllegalStateException("The certificate of " + fields.get("practiceName")
                        + " is not signed as a whole: " + names);
            }
        }
    }

    /** The key SigningKeys made under the data folder (SigningKeys keeps its key to the portal's package). */
    /** The machine's 1-minute load average, from /proc/loadavg (empty where there is none). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    // ---- The yardstick ----

    /** LibreOffice's part of each run, on documents written once; the first start of each profile is not timed. */
    private final class Yardstick {

        private final LibreOfficeYardstick office;
        private final CertificateResults results;
        private final List<Path> cold;
        private final List<List<Path>> batches = new ArrayList<>();
        private final List<String> profiles = new ArrayList<>();
        private final int batchFiles;

        Yardstick(LibreOfficeYardstick office, int coldFiles, int batchFiles, int processes, Path data,
                  CertificateResults results) {
            this.office = office;
            this.results = results;
            this.batchFiles = batchFiles;
            String version = office.version();
            System.out.println("Yardstick: " + version);
            results.libreOffice(version);
            cold = office.documents("cold", samples, coldFiles);
            for (int p = 0; p < processes; p++) {
                batches.add(office.documents("batch-" + p, samples, batchFiles));
                profiles.add("p" + p);
            }
            System.out.println("Warming up LibreOffice: each profile's first start, one conversion of each sample…");
            for (String profile : profiles) {
                office.convert(List.of(cold.getFirst()), profile);
            }
            office.convert(office.documents("all", samples, samples.size()), profiles.getFirst());
            try {
                office.keepSample(profiles.getFirst(), cold.getFirst(), data.resolve("libreoffice-sample.pdf"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void run() {
            double seconds = 0;
            for (Path file : cold) {
                seconds += office.convert(List.of(file), profiles.getFirst());
            }
            double single = seconds / cold.size();
            results.add("lo_cold", report("LibreOffice, one soffice per file", 1 / single));
            double batch = office.convert(batches.getFirst(), profiles.getFirst());
            results.add("lo_batch", report("LibreOffice, one soffice, " + batchFiles + " files", batchFiles / batch));
            // A batch is one start plus N conversions, a single file one start plus one: the difference is N - 1
            // conversions without any start.
            results.add("lo_marginal", report("LibreOffice, per file past the start",
                    (batchFiles - 1) / Math.max(batch - single, 1e-3)));
            results.add("lo_batch_two", report("LibreOffice, " + profiles.size() + " soffice side by side",
                    profiles.size() * batchFiles / office.convertSideBySide(batches, profiles)));
        }
    }
}

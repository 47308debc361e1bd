package org.safesurgeries.portal.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The certificate benchmark's measurements, as bench/results/certificates-&lt;time&gt;.md and .csv. */
final class CertificateResults {

    /** Signed certificates per second on two cores. */
    static final double GOAL_RATE = 50;
    /** Times LibreOffice's rate (the batch conversion, same number of cores). */
    static final double GOAL_RATIO = 10;

    private final int runs;
    private final double duration;
    private final int coldFiles;
    private final int batchFiles;
    private final int threads;
    private final Map<String, List<Double>> rates = new LinkedHashMap<>();
    private String libreOffice;
    private String missing;
    private final Map<String, String> load = new LinkedHashMap<>();

    CertificateResults(int runs, double duration, int coldFiles, int batchFiles, int threads) {
        this.runs = runs;
        this.duration = duration;
        this.coldFiles = coldFiles;
        this.batchFiles = batchFiles;
        this.threads = threads;
    }

    void add(String work, double perSecond) {
        rates.computeIfAbsent(work, w -> new ArrayList<>()).add(perSecond);
    }

    void libreOffice(String version) {
        libreOffice = version;
    }

    void noLibreOffice(String why) {
        missing = why;
    }

    /** The machine's load average at the start and end of the timed runs. */
    void load(String when, String average) {
        load.put(when, average);
    }

    private double median(String work) {
        List<Double> values = rates.get(work);
        return values == null || values.isEmpty() ? Double.NaN : Timings.median(values);
    }

    /** Each run's ratio of the portal's figure to the yardstick measured right after it in the same run. */
    private List<Double> ratios(String measured, String yardstick) {
        List<Double> portal = rates.getOrDefault(measured, List.of());
        List<Double> office = rates.getOrDefault(yardstick, List.of());
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(portal.size(), office.size()); i++) {
            ratios.add(portal.get(i) / office.get(i));
        }
        return ratios;
    }

    private String each(List<Double> values, String separator) {
        return values.stream().map(Timings::oneDecimal).collect(Collectors.joining(separator));
    }

    private String each(String work, String separator) {
        return each(rates.getOrDefault(work, List.of()), separator);
    }

    private record Row(String id, String work, String measured, String yardstickId, String yardstick, Double goalRatio,
                       Double goalRate) {
    }

    void write(Path dir) {
        String batch = "LibreOffice, one `soffice` converting " + batchFiles + " files";
        String two = "Render + sign, " + threads + " threads (" + threads + " cores)";
        List<Row> rows = List.of(
                new Row("two_rate", two, "two", null, null, null, GOAL_RATE),
                new Row("two", two, "two", "lo_batch_two", "LibreOffice, " + threads + " `soffice` side by side, "
                        + batchFiles + " files each", GOAL_RATIO, null),
                new Row("one", "Render + sign, 1 thread (one core)", "one", "lo_batch", batch, GOAL_RATIO, null),
                new Row("one_cold", "Render + sign, 1 thread, against a charity's script (context)", "one",
                        "lo_cold", "LibreOffice, one `soffice --convert-to pdf` per file, each a cold start", null,
                        null),
                new Row("one_marginal", "Render + sign, 1 thread, against LibreOffice without its start (context)",
                        "one", "lo_marginal", "LibreOffice, each file of a batch past the start (batch time less one"
                        + " single-file run, over " + (batchFiles - 1) + " files)", null, null),
                new Row("render", "Render alone (`CertificateRenderer.render`), 1 thread (context)", "render", null,
                        null, null, null),
                new Row("sign", "Sign alone (`PdfSigner.sign`), 1 thread (context)", "sign", null, null, null, null),
                new Row("rsa", "RSA-3072 SHA256withRSA signature alone, 1 thread (context: a configured RSA key)",
                        "rsa", null, null, null, null),
                new Row("ecdsa", "ECDSA P-256 SHA256withECDSA signature alone, 1 thread (context: the portal's own"
                        + " key)", "ecdsa", null, null, null, null));
        var md = new StringBuilder();
        md.append("| Work | Certificates/s: median (each run) | Yardstick, certificates/s: median (each run)")
                .append(" | Ratio: median (each run) | Goal | Met |\n|---|---|---|---|---|---|\n");
        var csv = new StringBuilder("work,measured_per_s,runs,yardstick,yardstick_per_s,ratio,goal,met,each_run,"
                + "yardstick_each_run,ratio_each_run\n");
        boolean allMet = true;
        List<String> verdicts = new ArrayList<>();
        var summary = new Summary("certificates");
        for (Row row : rows) {
            double measured = median(row.measured());
            double yardstick = row.yardstickId() == null ? Double.NaN : median(row.yardstickId());
            List<Double> ratios = row.yardstickId() == null ? List.of() : ratios(row.measured(), row.yardstickId());
            double ratio = ratios.isEmpty() ? Double.NaN : Timings.median(ratios);
            List<String> goals = new ArrayList<>();
            List<Boolean> met = new ArrayList<>();
            if (row.goalRate() != null) {
                goals.add("≥ " + Timings.whole(row.goalRate()) + "/s");
                met.add(measured >= row.goalRate());
            }
            if (row.goalRatio() != null) {
                goals.add("≥ " + Timings.whole(row.goalRatio()) + "×");
                if (!Double.isNaN(ratio)) {
                    met.add(ratio >= row.goalRatio());
                }
            }
            boolean rowMet = met.size() == goals.size() && met.stream().allMatch(m -> m);
            boolean unmeasured = row.goalRatio() != null && Double.isNaN(ratio);
            String verdict = goals.isEmpty() ? "—" : unmeasured ? "not measured" : rowMet ? "**met**" : "**not met**";
            allMet &= rowMet;
            if (!goals.isEmpty()) {
                verdicts.add(row.work().replaceAll(" \\(.*\\)$", "") + ", " + goals.getFirst() + ": "
                        + (unmeasured ? "not measured" : (rowMet ? "met" : "not met") + " ("
                        + (row.goalRate() != null ? Timings.oneDecimal(measured) + "/s"
                        : Timings.oneDecimal(ratio) + "×") + ")"));
            }
            if (!goals.isEmpty()) {
                summary.row(row.work(), Timings.oneDecimal(measured) + " certificates/s",
                        row.yardstick() == null ? "—" : row.yardstick().replace("`", "") + ": "
                                + (Double.isNaN(yardstick) ? "not measured" : Timings.oneDecimal(yardstick) + "/s"),
                        Double.isNaN(ratio) ? "—" : Timings.oneDecimal(ratio) + "×", String.join(" and ", goals),
                        unmeasured ? "not measured" : Summary.met(rowMet));
            }
            String yardstickText = row.yardstick() == null ? "—"
                    : Double.isNaN(yardstick) ? row.yardstick() + ": not measured"
                    : row.yardstick() + ": " + Timings.oneDecimal(yardstick) + " (" + each(row.yardstickId(), ", ")
                    + ")";
            md.append("| ").append(row.work()).append(" | ").append(Timings.oneDecimal(measured)).append(" (")
                    .append(each(row.measured(), ", ")).append(") | ").append(yardstickText).append(" | ")
                    .append(Double.isNaN(ratio) ? "—" : Timings.oneDecimal(ratio) + "× (" + each(ratios, ", ") + ")")
                    .append(" | ").append(goals.isEmpty() ? "—" : String.join(" and ", goals)).append(" | ")
                    .append(verdict).append(" |\n");
            csv.append(row.id()).append(',').append(Timings.oneDecimal(measured)).append(',')
                    .append(rates.getOrDefault(row.measured(), List.of()).size()).append(',')
                    .append(row.yardstickId() == null ? "" : row.yardstickId()).append(',')
                    .append(Double.isNaN(yardstick) ? "" : Timings.oneDecimal(yardstick)).append(',')
                    .append(Double.isNaN(ratio) ? "" : Timings.twoDecimals(ratio)).append(',')
                    .append('"').append(String.join(" and ", goals)).append('"').append(',')
                    .append(goals.isEmpty() ? "" : rowMet).append(',').append(each(row.measured(), ";")).append(',')
                    .append(row.yardstickId() == null ? "" : each(row.yardstickId(), ";")).append(',')
                    .append(each(ratios, ";")).append('\n');
        }
        md.append("\nGoals: at least ").append(Timings.whole(GOAL_RATE)).append(" signed certificates per second on ")
                .append(threads).append(" cores, and at least ").append(Timings.whole(GOAL_RATIO))
                .append(" times LibreOffice's rate on as many cores, against its batch conversion (one start shared by ")
                .append(batchFiles).append(" files: the stricter of the two ways a script can call it). ")
                .append(String.join("; ", verdicts)).append(". **").append(allMet ? "All met" : "Not all met")
                .append(".** Each ratio is the median of the runs' ratios; in each run LibreOffice was measured right")
                .append(" after the portal.\n\n");
        md.append("Per certificate on one thread (medians): render ").append(millis("render")).append(" ms, sign ")
                .append(millis("sign")).append(" ms, of which the ECDSA P-256 signature ").append(millis("ecdsa"))
                .append(" ms (an RSA-3072 signature, with a configured RSA key: ").append(millis("rsa"))
                .append(" ms).\n\n");
        md.append("Portal: ").append(runs).append(" runs of ").append(Timings.whole(duration))
                .append(" s per thread count (the parts alone: shorter), after a warm-up; ")
                .append(CertificateSamples.NAMES.size())
                .append(" award certificates in turn, a third of them in non-Latin scripts and two long names. ");
        if (missing == null && libreOffice != null) {
            md.append("Yardstick: ").append(libreOffice).append(", per run ").append(coldFiles)
                    .append(" single-file invocations, one batch of ").append(batchFiles).append(" files and ")
                    .append(threads).append(" such batches side by side; the same fields in a flat ODT made from")
                    .append(" certificates/award.json, with the same Noto fonts.\n\n");
        } else {
            md.append("**No yardstick: ").append(missing)
                    .append("**, so the ratio goal could not be checked.\n\n");
        }
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'"));
        md.append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(now)
                .append("; load average ").append(load.getOrDefault("start", "?")).append(" at the start, ")
                .append(load.getOrDefault("end", "?")).append(" at the end.\n");
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        BenchPortal.write(dir.resolve("certificates-" + stamp + ".md"), md.toString());
        BenchPortal.write(dir.resolve("certificates-" + stamp + ".csv"), csv.toString());
        System.out.println();
        System.out.print(md);
        System.out.println("\nWritten: " + dir.resolve("certificates-" + stamp + ".{md,csv}"));
        summary.write();
    }

    private String millis(String work) {
        return Timings.oneDecimal(1000 / median(work));
    }
}

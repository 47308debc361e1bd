package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.certificate.CertificateKind;
import org.safesurgeries.portal.certificate.CertificateRenderer;
import org.safesurgeries.portal.certificate.PdfSigner;
import org.safesurgeries.portal.certificate.VerificationCode;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

/**
 * Signed certificates, rendered and signed by the portal's own renderer and key as the issuing handler does: one per
 * award of the data set's practices, then declaration certificates for as many practices as make up CERTIFICATES.
 * One in 40 is suspended and one in 50 revoked, so the verification page shows those states too. Their codes (seeded,
 * so the same every time) go to verification-codes.txt for the web benchmark.
 */
final class DataSetCertificates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private record Planned(long id, CertificateKind kind, long sourceId, long practiceId, String practiceName,
                           String odsCode, LocalDate issuedOn, LocalDate expiresOn, VerificationCode code) {
    }

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    DataSetCertificates(ApplicationContext context, JdbcTemplate jdbc) {
        this.context = context;
        this.jdbc = jdbc;
    }

    void create(int count, Path codesFile) throws IOException, NoSuchAlgorithmException {
        var random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(PortalDataSet.SEED);
        var used = new HashSet<>(jdbc.queryForList("select code from certificate", String.class));
        long id = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from certificate", Long.class);
        var planned = new ArrayList<Planned>();
        var awards = jdbc.queryForList("""
                select a.id source_id, p.id practice_id, p.name, p.ods_code, a.awarded_on, a.expires_on from award a
                join practice p on p.id = a.practice_id where p.ods_code like 'W%' order by a.id limit ?
                """, count);
        for (var row : awards) {
            planned.add(new Planned(id++, CertificateKind.AWARD, ((Number) row.get("source_id")).longValue(),
                    ((Number) row.get("practice_id")).longValue(), (String) row.get("name"), (String) row.get("ods_code"),
                    ((Date) row.get("awarded_on")).toLocalDate(), ((Date) row.get("expires_on")).toLocalDate(),
                    code(random, used)));
        }
        var declarations = jdbc.queryForList("""
                select d.id source_id, p.id practice_id, p.name, p.ods_code, d.signed_on from declaration d
                join practice p on p.id = d.practice_id
                where p.ods_code like 'W%' and d.status = 'DECLARED' order by d.id desc limit ?
                """, Math.max(0, count - planned.size()));
        for (var row : declarations) {
            var signed = ((Date) row.get("signed_on")).toLocalDate();
            planned.add(new Planned(id++, CertificateKind.DECLARATION, ((Number) row.get("source_id")).longValue(),
                    ((Number) row.get("practice_id")).longValue(), (String) row.get("name"), (String) row.get("ods_code"),
                    signed, signed.plusMonths(15), code(random, used)));
        }
        var renderer = context.getBean(CertificateRenderer.class);
        var signer = context.getBean(PdfSigner.class);
        String base = context.getEnvironment().getProperty("portal.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
        var now = Instant.now();
        // Two threads, as the certificates benchmark found the renderer and signer fine with.
        var pool = new ForkJoinPool(2);
        List<byte[]> pdfs;
        try {
            pdfs = pool.submit(() -> planned.parallelStream().map(c -> {
                var fields = new LinkedHashMap<String, String>();
                fields.put("practiceName", c.practiceName());
                fields.put("odsCode", c.odsCode());
                fields.put("issuedOn", DAY.format(c.issuedOn()));
                fields.put("expiresOn", DAY.format(c.expiresOn()));
                fields.put("code", c.code().grouped());
                fields.put("verifyUrl", base + "/verify/" + c.code().value());
                return signer.sign(renderer.render(c.kind(), fields), c.kind().label() + " certificate "
                        + c.code().grouped(), now);
            }).toList()).join();
        } finally {
            pool.shutdown();
        }
        var rows = new ArrayList<Object[]>();
        var bytes = new ArrayList<Object[]>();
        for (int i = 0; i < planned.size(); i++) {
            var c = planned.get(i);
            String status = i % 40 == 39 ? "SUSPENDED" : i % 50 == 49 ? "REVOKED" : "ISSUED";
            rows.add(new Object[] {c.id(), c.code().value(), c.kind().name(),
                    c.kind().name().toLowerCase(Locale.ROOT) + ":" + c.sourceId(), c.sourceId(), c.practiceId(),
                    c.practiceName(), c.odsCode(), Date.valueOf(c.issuedOn()), Date.valueOf(c.expiresOn()), status,
                    status.equals("ISSUED") ? null : "Benchmark data: " + status.toLowerCase(Locale.ROOT),
                    status.equals("ISSUED") ? null : Date.valueOf(LocalDate.now(PortalDataSet.LONDON).minusDays(3)),
                    DataSetAwards.sha256(pdfs.get(i)), Timestamp.from(now)});
            bytes.add(new Object[] {c.id(), pdfs.get(i)});
        }
        jdbc.batchUpdate("""
                insert into certificate (id, code, kind, source_key, source_id, practice_id, practice_name, ods_code,
                    issued_on, expires_on, status, status_reason, status_changed_on, sha256, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        for (int from = 0; from < bytes.size(); from += 100) {
            jdbc.batchUpdate("insert into certificate_pdf (certificate_id, bytes) values (?, ?)",
                    bytes.subList(from, Math.min(bytes.size(), from + 100)));
        }
        Files.writeString(codesFile, planned.stream().map(c -> c.code().value())
                .collect(Collectors.joining("\n", "", "\n")));
        System.out.printf("    %,d award and %,d declaration certificates, %.1f MB of PDF%n", awards.size(),
                declarations.size(), pdfs.stream().mapToLong(b -> b.length).sum() / 1e6);
    }

    private static VerificationCode code(SecureRandom random, java.util.Set<String> used) {
        VerificationCode code;
        do {
            code = VerificationCode.random(random);
        } while (!used.add(code.value()));
        return code;
    }
}

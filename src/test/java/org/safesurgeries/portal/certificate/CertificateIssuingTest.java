package org.safesurgeries.portal.certificate;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AwardEvents.AwardGranted;
import org.safesurgeries.portal.award.AwardEvents.AwardReinstated;
import org.safesurgeries.portal.award.AwardEvents.AwardRevoked;
import org.safesurgeries.portal.award.AwardEvents.AwardSuspended;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationReconfirmed;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationWithdrawn;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.training.TrainingEvents.TrainingAttended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.safesurgeries.portal.database.StalledEventRetry;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Certificates issued from the owning modules' events, on the real database. */
@PortalTest
class CertificateIssuingTest {

    static final AtomicLong SOURCE = new AtomicLong(System.nanoTime() % 1_000_000_000L + 1_000_000_000L);

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired CertificateService certificates;
    @Autowired StalledEventRetry retry;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_award_issues_one_signed_certificate_whose_bytes_come_back_identical() throws Exception {
        long award = SOURCE.incrementAndGet();
        long practice = practice("Y90017");
        var today = LocalDate.now();
        publish(new AwardGranted(UUID.randomUUID(), Instant.now(), "test", award, 1, practice, today,
                today.plusYears(3)));
        publish(new AwardGranted(UUID.randomUUID(), Instant.now(), "test", award, 1, practice, today,
                today.plusYears(3)));
        String code = awaitCode("award:" + award);
        Thread.sleep(300);
        assertThat(count("award:" + award)).as("issued once").isEqualTo(1);

        var verification = certificates.verify(code.toLowerCase()).orElseThrow();
        assertThat(verification.kind()).isEqualTo(CertificateKind.AWARD);
        assertThat(verification.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verification.odsCode()).isEqualTo("Y90017");
        assertThat(verification.expiresOn()).isEqualTo(today.plusYears(3));

        byte[] pdf = certificates.pdf(code).orElseThrow();
        assertThat(certificates.pdf(code).orElseThrow()).isEqualTo(pdf);
        assertThat(CertificateService.sha256(pdf)).isEqualTo(jdbc.queryForObject(
                "select sha256 from certificate where source_key = ?", String.class, "award:" + award));
        assertThat(certificates.verifyFile(pdf)).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(
                verification.code()));
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        assertThat(certificates.verifyFile(changed)).isEmpty();

        var reader = new PdfReader(pdf);
        var fields = reader.getAcroFields();
        assertThat(PdfSignerTest.verifies(pdf, fields.getSignatureDictionary(fields.getSignedFieldNames().getFirst())))
                .isTrue();
    }

    @Test
    void the_awards_suspension_reinstatement_and_revocation_follow_on_its_certificate() {
        long award = SOURCE.incrementAndGet();
        long practice = practice("Y90018");
        publish(new AwardGranted(UUID.randomUUID(), Instant.now(), "test", award, 1, practice, LocalDate.now(),
                LocalDate.now().plusYears(3)));
        String code = awaitCode("award:" + award);
        publish(new AwardSuspended(UUID.randomUUID(), Instant.now(), "test", award, practice, "Under review"));
        awaitStatus(code, CertificateStatus.SUSPENDED);
        publish(new AwardReinstated(UUID.randomUUID(), Instant.now(), "test", award, practice, "Cleared"));
        awaitStatus(code, CertificateStatus.VALID);
        publish(new AwardRevoked(UUID.randomUUID(), Instant.now(), "test", award, practice, "Refused registrations"));
        awaitStatus(code, CertificateStatus.REVOKED);
        assertThat(certificates.verify(code).orElseThrow().statusChangedOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void a_declaration_certificate_lasts_15_months_is_replaced_on_reconfirmation_and_revoked_on_withdrawal() {
        long declaration = SOURCE.incrementAndGet();
        long practice = practice("Y90020");
        var signedOn = LocalDate.now().minusMonths(11);
        publish(new DeclarationSigned(UUID.randomUUID(), Instant.now(), "test", declaration, practice, 1,
                "Dr Jo Bloggs", signedOn));
        String first = awaitCode("declaration:" + declaration);
        assertThat(certificates.verify(first).orElseThrow().expiresOn()).isEqualTo(signedOn.plusMonths(15));

        var confirmedOn = LocalDate.now();
        String key = "declaration:" + declaration + ":reconfirmed:" + confirmedOn;
        publish(new DeclarationReconfirmed(UUID.randomUUID(), Instant.now(), "test", declaration, practice,
                confirmedOn));
        String second = awaitCode(key);
        assertThat(certificates.verify(second).orElseThrow().expiresOn()).isEqualTo(confirmedOn.plusMonths(15));
        var replaced = certificates.verify(first).orElseThrow();
        assertThat(replaced.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(replaced.currentCode()).isEqualTo(certificates.verify(second).orElseThrow().code());

        publish(new DeclarationWithdrawn(UUID.randomUUID(), Instant.now(), "test", declaration, practice,
                "The practice is closing."));
        awaitStatus(second, CertificateStatus.REVOKED);
    }

    @Test
    void a_reissue_replaces_the_certificate_and_the_old_code_points_to_the_new_one() {
        long award = SOURCE.incrementAndGet();
        long practice = practice("Y90019");
        publish(new AwardGranted(UUID.randomUUID(), Instant.now(), "test", award, 1, practice,
                LocalDate.now().minusYears(4), LocalDate.now().minusYears(1)));
        String code = awaitCode("award:" + award);
        assertThat(certificates.verify(code).orElseThrow().status()).isEqualTo(CertificateStatus.EXPIRED);
        long id = jdbc.queryForObject("select id from certificate where source_key = ?", Long.class, "award:" + award);
        var fresh = SystemAuthentication.call(() -> certificates.reissue(id));
        var old = certificates.verify(code).orElseThrow();
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.currentCode()).isEqualTo(fresh.code());
        assertThat(certificates.verify(fresh.code()).orElseThrow().currentCode()).isNull();
    }

    @Test
    void a_certificate_that_failed_to_issue_is_issued_when_the_publication_is_retried() {
        long session = SOURCE.incrementAndGet();
        long missing = jdbc.queryForObject("select max(id) + 1000 from practice", Long.class);
        var event = new TrainingAttended(UUID.randomUUID(), Instant.now(), session, missing, "Amina Yusuf",
                "RECEPTION_ADMIN", "amina@example.org", LocalDate.now().minusDays(2), List.of("Working with interpreters"));
        publish(event);
        await().pollDelay(Duration.ofMillis(500)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where completion_date is null and serialized_event like ?",
                Integer.class, "%" + event.eventId() + "%")).isEqualTo(1));
        assertThat(count("TrainingAttended:" + event.eventId())).isZero();

        copyPractice("Y90020", missing, "Y99" + String.format("%03d", session % 1000));
        retry.retryOlderThan(Duration.ZERO);
        String code = awaitCode("TrainingAttended:" + event.eventId());
        var verification = certificates.verify(code).orElseThrow();
        assertThat(verification.holderName()).isEqualTo("Amina Yusuf");
        assertThat(verification.kind()).isEqualTo(CertificateKind.TRAINING);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private String awaitCode(String sourceKey) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(sourceKey) > 0);
        return jdbc.queryForObject("select code from certificate where source_key = ?", String.class, sourceKey);
    }

    private void awaitStatus(String code, CertificateStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.verify(code).orElseThrow().status() == status);
    }

    private int count(String sourceKey) {
        return jdbc.queryForObject("select count(*) from certificate where source_key = ?", Integer.class, sourceKey);
    }

    private long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    // A practice row that did not exist when the event was first handled (the failure the registry retries).
    private void copyPractice(String fromOds, long id, String odsCode) {
        var columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
                + "database() and table_name = 'practice' and column_name not in ('id', 'ods_code') "
                + "and extra not like '%GENERATED%' order by ordinal_position", String.class);
        String list = String.join(", ", columns);
        jdbc.update("insert into practice (id, ods_code, " + list + ") select ?, ?, " + list
                + " from practice where ods_code = ?", id, odsCode, fromOds);
    }
}

package org.safesurgeries.portal.certificate;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.certificate.domain.Certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A certificate's live status and the per-client limit on lookups, without Spring. */
class CertificateRulesTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 1, 10);

    static Certificate certificate(LocalDate expiresOn) {
        return new Certificate("AWARDSANCT260C", CertificateKind.AWARD, "award:1", 1, 1, "Riverside", "Y90001", null,
                ISSUED, expiresOn, Map.of(), "0".repeat(64), Instant.EPOCH);
    }

    @Test
    void a_certificate_is_valid_until_its_expiry_date_and_expired_from_it() {
        var certificate = certificate(ISSUED.plusYears(3));
        assertThat(certificate.status(ISSUED.plusYears(3).minusDays(1))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.status(ISSUED.plusYears(3))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificate(null).status(ISSUED.plusYears(50))).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void suspension_is_reversible_revocation_and_replacement_are_final() {
        var certificate = certificate(ISSUED.plusYears(3));
        var today = ISSUED.plusMonths(1);
        assertThatThrownBy(() -> certificate.suspend(" ", today)).hasMessageContaining("Give a reason");
        certificate.suspend("Under review", today);
        assertThat(certificate.status(today)).isEqualTo(CertificateStatus.SUSPENDED);
        assertThatThrownBy(() -> certificate.suspend("again", today)).isInstanceOf(IllegalStateException.class);
        certificate.reinstate("Cleared", today);
        assertThat(certificate.status(today)).isEqualTo(CertificateStatus.VALID);
        certificate.revoke("Wrong practice", today);
        assertThat(certificate.status(today)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.status(ISSUED.plusYears(5))).as("revoked stays revoked").isEqualTo(
                CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificate.reinstate("undo", today)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> certificate.supersede(2, today)).isInstanceOf(IllegalStateException.class);

        var replaced = certificate(null);
        replaced.supersede(7, today);
        assertThat(replaced.status(today)).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(replaced.getSupersededBy()).isEqualTo(7);
        assertThatThrownBy(() -> replaced.revoke("late", today)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void each_client_gets_thirty_lookups_a_minute_and_its_own_count() {
        var clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var throttle = new VerificationThrottle(clock);
        for (int i = 0; i < VerificationThrottle.LIMIT; i++) {
            assertThat(throttle.allow("198.51.100.1")).isTrue();
        }
        assertThat(throttle.allow("198.51.100.1")).isFalse();
        assertThat(throttle.secondsUntilAllowed("198.51.100.1")).isBetween(1L, 60L);
        assertThat(throttle.allow("198.51.100.2")).as("another client").isTrue();
        clock.now = clock.now.plusSeconds(61);
        assertThat(throttle.allow("198.51.100.1")).as("a new minute").isTrue();

        var set = new VerificationThrottle(clock, 2);
        assertThat(set.allow("198.51.100.3") && set.allow("198.51.100.3")).as("the limit as set").isTrue();
        assertThat(set.allow("198.51.100.3")).isFalse();
    }

    @Test
    void a_clients_minute_runs_on_when_the_throttle_starts_a_new_table() {
        var clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var throttle = new VerificationThrottle(clock);
        assertThat(throttle.allow("198.51.100.9")).as("starts the first table").isTrue();
        clock.now = clock.now.plusSeconds(50);
        for (int i = 0; i < VerificationThrottle.LIMIT; i++) {
            assertThat(throttle.allow("198.51.100.1")).isTrue();
        }
        clock.now = clock.now.plusSeconds(20);
        assertThat(throttle.allow("198.51.100.1")).as("its minute began 20 s ago, in the last table").isFalse();
        assertThat(throttle.secondsUntilAllowed("198.51.100.1")).isBetween(39L, 40L);
        clock.now = clock.now.plusSeconds(40);
        assertThat(throttle.allow("198.51.100.1")).as("its minute is over").isTrue();
    }

    @Test
    void clients_beyond_the_throttles_table_share_one_allowance_and_the_counted_keep_theirs() {
        var clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var throttle = new VerificationThrottle(clock);
        for (int i = 0; i < VerificationThrottle.MAX_CLIENTS; i++) {
            assertThat(throttle.allow("client " + i)).isTrue();
        }
        for (int i = 0; i < VerificationThrottle.LIMIT; i++) {
            assertThat(throttle.allow("new client " + i)).as("shared allowance").isTrue();
        }
        assertThat(throttle.allow("yet another client")).as("the shared allowance is used up").isFalse();
        assertThat(throttle.allow("client 7")).as("a client counted before keeps its own").isTrue();
        clock.now = clock.now.plus(VerificationThrottle.WINDOW);
        assertThat(throttle.allow("yet another client")).as("a new window").isTrue();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

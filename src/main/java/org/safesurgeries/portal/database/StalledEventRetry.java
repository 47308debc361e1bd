package org.safesurgeries.portal.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Hands events whose listener failed (an audit append, a certificate) to their listeners again, every few minutes,
 * instead of only at the next restart. Listeners are idempotent (event ids, source keys), so a second instance
 * doing the same at the same moment does no harm.
 */
@Component
public class StalledEventRetry {

    private static final Logger log = LoggerFactory.getLogger(StalledEventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    StalledEventRetry(IncompleteEventPublications incomplete,
                      @Value("${portal.events.retry-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${portal.events.retry-interval:PT5M}",
            initialDelayString = "${portal.events.retry-interval:PT5M}")
    void retry() {
        retryOlderThan(olderThan);
    }

    public void retryOlderThan(Duration age) {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        } catch (RuntimeException e) {
            log.warn("Retrying incomplete event publications failed; trying again later: {}", e.getMessage());
        }
    }
}

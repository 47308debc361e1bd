package org.safesurgeries.portal.notification;

import java.time.Instant;

/** One stored email, as the outbox view and the sender see it. */
record OutboxEmail(long id, String recipient, String subject, String bodyText, String bodyHtml, String kind,
                   Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                   Instant sentAt) {

    enum Status { QUEUED, SENDING, SENT, FAILED }
}

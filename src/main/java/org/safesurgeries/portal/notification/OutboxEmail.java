package org.safesurgeries.portal.notification;

import java.time.Instant;

/** One stored email, as the outbox view and the sender see it. */
record OutboxEmail(long id, String recipient, String subject, String bodyText, String bodyHtml, String kind,
                   Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                   Instant sentAt, String messageId, long version) {

    enum Status {
        QUEUED("Queued"), SENDING("Sending"), SENT("Sent"), FAILED("Failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}

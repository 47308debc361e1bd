package org.safesurgeries.portal.notification;

import java.util.List;

/**
 * One message to send, before it is addressed: the subject (also the notice's title), what happened in a few plain
 * sentences, and the page where the reader can act. {@code key} names the event, so that a listener run twice writes
 * nothing twice. No patient data, ever: messages speak of practices, applications and certificates.
 */
record Message(NotificationKind kind, String key, String subject, List<String> paragraphs, String actionLabel,
               String link) {

    Message {
        paragraphs = List.copyOf(paragraphs);
    }
}

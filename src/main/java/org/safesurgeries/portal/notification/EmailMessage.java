package org.safesurgeries.portal.notification;

/** A rendered email: the same content as plain text and as HTML. */
record EmailMessage(String kind, String recipient, String subject, String text, String html) {
}

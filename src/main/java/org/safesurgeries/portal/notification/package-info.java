/**
 * Email: every message is stored in the outbox in the transaction that caused it, then delivered over SMTP when
 * configured. Listens to other modules' events; offers no API of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.safesurgeries.portal.notification;

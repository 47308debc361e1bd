/**
 * Notifications: turns other modules' events into in-app notices (the bell) and emails, respecting each person's
 * choice of optional emails. Every email is stored in the outbox in the transaction that caused it, then delivered
 * over SMTP when configured, with leases, retries and backoff. Offers the bell to the layout and no other API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.safesurgeries.portal.notification;

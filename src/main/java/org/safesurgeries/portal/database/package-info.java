/**
 * The database: an embedded MariaDB under the portal's data folder when no external one is configured, ShedLock
 * for scheduled jobs, the reminder ledger, and retries of stalled event publications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.safesurgeries.portal.database;

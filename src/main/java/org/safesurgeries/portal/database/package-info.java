/**
 * Starts an embedded MariaDB under the portal's data folder when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded database")
package org.safesurgeries.portal.database;

/**
 * GP practices: their details and staff head-counts, who manages them, and the NHS epraccur import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices")
package org.safesurgeries.portal.practice;

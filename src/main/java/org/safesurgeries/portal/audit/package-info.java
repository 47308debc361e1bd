/**
 * The tamper-evident audit trail: every change of state, appended to a hash chain, never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.safesurgeries.portal.audit;

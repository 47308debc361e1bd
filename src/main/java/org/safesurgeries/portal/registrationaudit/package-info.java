/**
 * The anonymous registration audit: a tally of counts (never people) of registrations that needed no documents,
 * the small-number suppression every figure passes through outside the owning practice, and mystery-shopper checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration audit")
package org.safesurgeries.portal.registrationaudit;

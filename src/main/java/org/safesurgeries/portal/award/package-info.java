/**
 * The Sanctuary in Healthcare award: versioned criteria, practices' applications with narratives and evidence, the
 * review panel (conflicts of interest, assessments, decisions), the awards themselves and their renewal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sanctuary in Healthcare award")
package org.safesurgeries.portal.award;

/**
 * Staff training: sessions Doctors of the World trainers deliver (verified) or practices record themselves
 * (self-reported), attendance as head-counts per practice and staff role, coverage against the practice's
 * head-count, and refreshers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff training")
package org.safesurgeries.portal.training;

/**
 * The public directory of Safe Surgeries: search pages, each practice's public page, and the same data as open
 * data (JSON and CSV). Only public fields, never head-counts, tallies or user data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public directory")
package org.safesurgeries.portal.directory;

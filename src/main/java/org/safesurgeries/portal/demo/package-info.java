/**
 * The demo: fictional practices imported through the real epraccur importer, and one user per role. Active only
 * under the {@code demo} Spring profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.safesurgeries.portal.demo;

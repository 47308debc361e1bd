/**
 * The page frame, the public landing page and each role's home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.safesurgeries.portal.home;

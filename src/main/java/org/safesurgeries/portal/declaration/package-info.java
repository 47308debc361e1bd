/**
 * Safe Surgery declarations: a practice's signed, versioned commitment that nobody is refused registration for
 * lack of documents, with the information patients need, yearly reconfirmation and lapse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safe Surgery declarations")
package org.safesurgeries.portal.declaration;

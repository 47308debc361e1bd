/**
 * Certificates: rendering from the designs in {@code certificates/}, PAdES signing, verification codes, issuing on
 * the owning modules' events, and public verification; also the waiting-room posters in patients' languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.safesurgeries.portal.certificate;

/** The certificates' entity and storage; only the certificate module's services use them. */
package org.safesurgeries.portal.certificate.domain;

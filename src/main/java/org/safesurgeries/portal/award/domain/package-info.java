/** The award's entities and repositories; only the award module's services use them. */
package org.safesurgeries.portal.award.domain;

/** Mystery-shopper check entity and repository; internal to the registration audit module. */
package org.safesurgeries.portal.registrationaudit.domain;

/** Declaration entity and repository; internal to the declaration module. */
package org.safesurgeries.portal.declaration.domain;

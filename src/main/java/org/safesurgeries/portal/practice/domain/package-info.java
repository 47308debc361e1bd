/** Practice entity and repository; internal to the practice module. */
package org.safesurgeries.portal.practice.domain;

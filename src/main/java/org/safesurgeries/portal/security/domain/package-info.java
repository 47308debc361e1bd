/** Accounts and their single-use tokens; internal to the security module. */
package org.safesurgeries.portal.security.domain;

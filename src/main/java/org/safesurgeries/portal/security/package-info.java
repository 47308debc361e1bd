/**
 * Sign-in, roles, accounts, invitations and password resets: who may do what in the portal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and accounts")
package org.safesurgeries.portal.security;

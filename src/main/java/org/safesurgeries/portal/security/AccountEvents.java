package org.safesurgeries.portal.security;

import org.safesurgeries.portal.shared.AuditableEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What happened to accounts and sign-ins, for the audit trail. None of these carries a token or a password. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record AccountInvited(UUID eventId, Instant occurredAt, String actor, long accountId, String email,
                                 Set<Role> roles, Set<Long> practiceIds) implements AuditableEvent {
        public String auditAction() { return "USER_INVITED"; }
        public String auditEntityType() { return "Account"; }
        public String auditEntityId() { return Long.toString(accountId); }
        public String auditDetails() { return "Invited " + email + " as " + roles + " for practices " + practiceIds; }
    }

    public record AccountAccessChanged(UUID eventId, Instant occurredAt, String actor, long accountId, String email,
                                       Set<Role> roles, Set<Long> practiceIds) implements AuditableEvent {
        public String auditAction() { return "USER_ACCESS_CHANGED"; }
        public String auditEntityType() { return "Account"; }
        public String auditEntityId() { return Long.toString(accountId); }
        public String auditDetails() { return email + " now has " + roles + " for practices " + practiceIds; }
    }

    public record PasswordSet(UUID eventId, Instant occurredAt, String actor, long accountId, String email,
                              String how) implements AuditableEvent {
        public String auditAction() { return "PASSWORD_SET"; }
        public String auditEntityType() { return "Account"; }
        public String auditEntityId() { return Long.toString(accountId); }
        public String auditDetails() { return "Password set for " + email + " (" + how + ")"; }
    }

    public record PasswordResetRequested(UUID eventId, Instant occurredAt, String actor, long accountId, String email)
            implements AuditableEvent {
        public String auditAction() { return "PASSWORD_RESET_REQUESTED"; }
        public String auditEntityType() { return "Account"; }
        public String auditEntityId() { return Long.toString(accountId); }
        public String auditDetails() { return "Password reset link sent to " + email; }
    }

    public record AccountActivationChanged(UUID eventId, Instant occurredAt, String actor, long accountId,
                                           String email, boolean active) implements AuditableEvent {
        public String auditAction() { return active ? "USER_REACTIVATED" : "USER_DEACTIVATED"; }
        public String auditEntityType() { return "Account"; }
        public String auditEntityId() { return Long.toString(accountId); }
        public String auditDetails() { return (active ? "Reactivated " : "Deactivated ") + email; }
    }

    /** {@code email} is what was typed; a failure does not say whether such an account exists. */
    public record SignInAttempted(UUID eventId, Instant occurredAt, String actor, String email, String outcome)
            implements AuditableEvent {
        public String auditAction() { return "LOGIN_" + outcome; }
        public String auditEntityType() { return "SignIn"; }
        public String auditEntityId() { return null; }
        public String auditDetails() { return "Sign-in " + outcome.toLowerCase(java.util.Locale.ROOT) + " for " + email; }
    }

    /**
     * An email with a single-use link is due. Handled synchronously, in the transaction that made the token, by the
     * notification module's outbox; deliberately not auditable, so the link is never stored outside the email.
     */
    public record AccountEmailDue(Kind kind, String recipient, String recipientName, String link, Instant expiresAt) {
        public enum Kind { INVITATION, PASSWORD_RESET }
    }
}

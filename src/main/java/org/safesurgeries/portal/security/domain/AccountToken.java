package org.safesurgeries.portal.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A single-use token sent by email (an invitation or a password reset). Only the SHA-256 of the token is stored,
 * so a copy of the database does not let anyone take over an account.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose { INVITATION, PASSWORD_RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(String tokenHash, Purpose purpose, UserAccount account, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.account = account;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    /** Spends the token; a token can be spent once. */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("This link has expired or has already been used.");
        }
        this.usedAt = now;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

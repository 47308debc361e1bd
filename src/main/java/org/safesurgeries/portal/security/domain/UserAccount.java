package org.safesurgeries.portal.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.TypedText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in: staff of a practice, a trainer, a reviewer or an administrator. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    // Null until the invitee sets a password.
    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_membership", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "practice_id")
    private Set<Long> practiceIds = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(EmailAddress email, String displayName, Set<Role> roles, Set<Long> practiceIds, Instant now) {
        this.email = email.value();
        this.displayName = requireName(displayName);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.practiceIds = new HashSet<>(practiceIds);
        this.createdAt = now;
        if (this.roles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role.");
        }
    }

    public void setPassword(String encodedPassword) {
        this.passwordHash = Objects.requireNonNull(encodedPassword);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void changeAccess(Set<Role> newRoles, Set<Long> newPracticeIds) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role.");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.practiceIds = new HashSet<>(newPracticeIds);
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Enter the person's name.");
        }
        if (name.strip().length() > 120) {
            throw new IllegalArgumentException("Names are at most 120 characters.");
        }
        return TypedText.requireLine("Name", name.strip());
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<Long> getPracticeIds() {
        return Set.copyOf(practiceIds);
    }
}

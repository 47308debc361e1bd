package org.safesurgeries.portal.security;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.AccountEvents.AccountAccessChanged;
import org.safesurgeries.portal.security.AccountEvents.AccountActivationChanged;
import org.safesurgeries.portal.security.AccountEvents.AccountEmailDue;
import org.safesurgeries.portal.security.AccountEvents.AccountInvited;
import org.safesurgeries.portal.security.AccountEvents.PasswordResetRequested;
import org.safesurgeries.portal.security.AccountEvents.PasswordSet;
import org.safesurgeries.portal.security.domain.AccountToken;
import org.safesurgeries.portal.security.domain.AccountToken.Purpose;
import org.safesurgeries.portal.security.domain.AccountTokens;
import org.safesurgeries.portal.security.domain.UserAccount;
import org.safesurgeries.portal.security.domain.UserAccounts;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.LikePattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Invitations, password set-up and resets, and the administrator's management of accounts. */
@Service
@Transactional
public class AccountService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final UserAccounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final String publicBaseUrl;

    AccountService(UserAccounts accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
                   ApplicationEventPublisher events, SessionRegistry sessions, Clock clock,
                   @Value("${portal.public-base-url}") String publicBaseUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary invite(String email, String displayName, Set<Role> roles, Set<Long> practiceIds) {
        var address = EmailAddress.parse(email);
        if (accounts.existsByEmail(address.value())) {
            throw new IllegalArgumentException("An account with the email " + address + " already exists.");
        }
        requirePracticeForManagers(roles, practiceIds);
        var account = accounts.save(new UserAccount(address, displayName, roles, practiceIds, now()));
        events.publishEvent(new AccountInvited(UUID.randomUUID(), now(), CurrentActor.name(), account.getId(),
                account.getEmail(), account.getRoles(), account.getPracticeIds()));
        sendLink(account, Purpose.INVITATION);
        return summary(account);
    }

    /** A new invitation link for someone who has not set a password yet; earlier links stop working. */
    @RolesAllowed(Roles.ADMIN)
    public void resendInvitation(long accountId) {
        var account = require(accountId);
        if (account.getPasswordHash() != null) {
            throw new IllegalStateException(account.getEmail() + " has already accepted the invitation.");
        }
        sendLink(account, Purpose.INVITATION);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary changeAccess(long accountId, long expectedVersion, Set<Role> roles, Set<Long> practiceIds) {
        var account = require(accountId);
        requireVersion(account, expectedVersion);
        requirePracticeForManagers(roles, practiceIds);
        if (isCurrentUser(account) && !roles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("You cannot remove your own administrator role.");
        }
        account.changeAccess(roles, practiceIds);
        events.publishEvent(new AccountAccessChanged(UUID.randomUUID(), now(), CurrentActor.name(), account.getId(),
                account.getEmail(), account.getRoles(), account.getPracticeIds()));
        return summary(accounts.saveAndFlush(account));
    }

    /** Deactivated people cannot sign in, and their open sessions end at their next request. */
    @RolesAllowed(Roles.ADMIN)
    public void deactivate(long accountId) {
        var account = require(accountId);
        if (isCurrentUser(account)) {
            throw new IllegalArgumentException("You cannot deactivate your own account.");
        }
        account.deactivate();
        sessions.getAllPrincipals().stream()
                .filter(p -> account.getEmail().equalsIgnoreCase(principalName(p)))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(org.springframework.security.core.session.SessionInformation::expireNow);
        events.publishEvent(new AccountActivationChanged(UUID.randomUUID(), now(), CurrentActor.name(),
                account.getId(), account.getEmail(), false));
    }

    @RolesAllowed(Roles.ADMIN)
    public void reactivate(long accountId) {
        var account = require(accountId);
        account.reactivate();
        events.publishEvent(new AccountActivationChanged(UUID.randomUUID(), now(), CurrentActor.name(),
                account.getId(), account.getEmail(), true));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Pageable pageable) {
        return accounts.search(text == null || text.isBlank() ? null : LikePattern.escape(text.strip()), pageable)
                .map(this::summary);
    }

    /** Active reviewers, for the award panel: reviewers see their colleagues, admins set their attributes. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public java.util.List<AccountSummary> activeReviewers() {
        return accounts.activeWithRole(Role.REVIEWER).stream().map(this::summary).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long countActiveAccounts() {
        return accounts.countActive();
    }

    /** The invitee's name and email for the set-password page, if the link is still good. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> invitation(String token) {
        return usableToken(token, Purpose.INVITATION, false).map(t -> summary(t.getAccount()));
    }

    @Transactional(readOnly = true)
    public boolean isResetLinkUsable(String token) {
        return usableToken(token, Purpose.PASSWORD_RESET, false).isPresent();
    }

    public void acceptInvitation(String token, String password) {
        setPasswordWith(token, Purpose.INVITATION, password, "invitation accepted");
    }

    public void resetPassword(String token, String password) {
        setPasswordWith(token, Purpose.PASSWORD_RESET, password, "reset by emailed link");
    }

    /**
     * Sends a reset link when an active account has this email. Callers show the same message either way, so the
     * page never reveals whether an account exists.
     */
    public void requestPasswordReset(String email) {
        String address;
        try {
            address = EmailAddress.parse(email).value();
        } catch (IllegalArgumentException e) {
            return;
        }
        accounts.findByEmail(address).filter(UserAccount::canSignIn).ifPresent(account -> {
            sendLink(account, Purpose.PASSWORD_RESET);
            events.publishEvent(new PasswordResetRequested(UUID.randomUUID(), now(), CurrentActor.name(),
                    account.getId(), account.getEmail()));
        });
    }

    /** Creates the first administrator from configuration; does nothing once any active administrator exists. */
    public boolean createFirstAdministrator(String email, String displayName, String password) {
        if (accounts.existsActiveWithRole(Role.ADMIN)) {
            return false;
        }
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new IllegalArgumentException("PORTAL_ADMIN_PASSWORD: " + problem);
        });
        var account = new UserAccount(EmailAddress.parse(email), displayName, Set.of(Role.ADMIN), Set.of(), now());
        account.setPassword(passwordEncoder.encode(password));
        accounts.save(account);
        events.publishEvent(new PasswordSet(UUID.randomUUID(), now(), CurrentActor.SYSTEM, account.getId(),
                account.getEmail(), "first administrator created from configuration"));
        return true;
    }

    /** Creates or updates an account with a known password: used only to set up the demo. */
    @RolesAllowed(Roles.ADMIN)
    public void ensureAccount(String email, String displayName, String password, Set<Role> roles,
                              Set<Long> practiceIds) {
        var address = EmailAddress.parse(email);
        var account = accounts.findByEmail(address.value())
                .orElseGet(() -> new UserAccount(address, displayName, roles, practiceIds, now()));
        account.changeAccess(roles, practiceIds);
        account.setPassword(passwordEncoder.encode(password));
        account.reactivate();
        accounts.save(account);
    }

    private void setPasswordWith(String token, Purpose purpose, String password, String how) {
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        var stored = usableToken(token, purpose, true).orElseThrow(() -> new IllegalStateException(
                "This link has expired or has already been used. Ask for a new one."));
        stored.use(now());
        var account = stored.getAccount();
        account.setPassword(passwordEncoder.encode(password));
        events.publishEvent(new PasswordSet(UUID.randomUUID(), now(), CurrentActor.name(), account.getId(),
                account.getEmail(), how));
    }

    private Optional<AccountToken> usableToken(String token, Purpose purpose, boolean toSpend) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretTokens.sha256(token);
        return (toSpend ? tokens.lockByTokenHashAndPurpose(hash, purpose) : tokens.findByTokenHashAndPurpose(hash, purpose))
                .filter(t -> t.isUsable(now()));
    }

    private void sendLink(UserAccount account, Purpose purpose) {
        tokens.retireOpenTokens(account, purpose, now());
        String token = SecretTokens.newToken();
        Duration validity = purpose == Purpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY;
        var stored = tokens.save(new AccountToken(SecretTokens.sha256(token), purpose, account, now(),
                now().plus(validity)));
        String path = purpose == Purpose.INVITATION ? "/invitation/" : "/reset-password/";
        events.publishEvent(new AccountEmailDue(
                purpose == Purpose.INVITATION ? AccountEmailDue.Kind.INVITATION : AccountEmailDue.Kind.PASSWORD_RESET,
                account.getEmail(), account.getDisplayName(), publicBaseUrl + path + token, stored.getExpiresAt()));
    }

    private static void requirePracticeForManagers(Set<Role> roles, Set<Long> practiceIds) {
        if (roles.contains(Role.PRACTICE_MANAGER) && practiceIds.isEmpty()) {
            throw new IllegalArgumentException("A practice manager needs at least one practice.");
        }
    }

    private static void requireVersion(UserAccount account, long expectedVersion) {
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this account while you were editing it. Reload to see their changes.");
        }
    }

    private UserAccount require(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("There is no such account."));
    }

    private boolean isCurrentUser(UserAccount account) {
        return account.getEmail().equalsIgnoreCase(CurrentActor.name());
    }

    private static String principalName(Object principal) {
        return principal instanceof org.springframework.security.core.userdetails.UserDetails details
                ? details.getUsername() : String.valueOf(principal);
    }

    private Instant now() {
        return clock.instant();
    }

    private AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
                account.getPracticeIds(), account.isActive(), account.getPasswordHash() != null,
                account.getCreatedAt());
    }
}

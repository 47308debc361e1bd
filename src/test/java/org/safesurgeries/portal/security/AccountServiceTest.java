package org.safesurgeries.portal.security;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
class AccountServiceTest {

    static final String PASSWORD = "lantern orbit cobalt";

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedInUsers signedInUsers;

    @Autowired
    org.springframework.security.core.session.SessionRegistry sessions;

    @Test
    void an_invitation_is_stored_in_the_outbox_and_its_link_works_once() {
        String email = unique("invitee");
        accounts.invite(email, "Ina Vitee", Set.of(Role.TRAINER), Set.of());

        String link = latestLinkTo(email, "/invitation/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(link).startsWith("http://portal.test/invitation/");
        assertThat(accounts.invitation(token)).hasValueSatisfying(i -> assertThat(i.email()).isEqualTo(email));
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class, token))
                .as("only the token's hash is stored").isZero();

        accounts.acceptInvitation(token, PASSWORD);
        assertThat(signIn(email, PASSWORD)).isTrue();

        assertThat(accounts.invitation(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "another fine password"))
                .hasMessageContaining("expired or has already been used");
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        String email = unique("late");
        accounts.invite(email, "Late Comer", Set.of(Role.REVIEWER), Set.of());
        String link = latestLinkTo(email, "/invitation/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("""
                select timestampdiff(hour, t.created_at, t.expires_at) from account_token t
                join user_account a on a.id = t.account_id where a.email = ?""", Long.class, email)).isEqualTo(7 * 24);

        jdbc.update("update account_token t join user_account a on a.id = t.account_id "
                + "set t.expires_at = now() - interval 1 second where a.email = ?", email);

        assertThat(accounts.invitation(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, PASSWORD)).hasMessageContaining("expired");
    }

    @Test
    void a_weak_password_is_refused_and_the_link_still_works() {
        String email = unique("weak");
        accounts.invite(email, "Weak Pass", Set.of(Role.TRAINER), Set.of());
        String token = tokenOf(latestLinkTo(email, "/invitation/"));

        assertThatThrownBy(() -> accounts.acceptInvitation(token, "password1234")).hasMessageContaining("too common");
        assertThat(accounts.invitation(token)).isPresent();
    }

    @Test
    void a_reset_link_lasts_one_hour_works_once_and_replaces_the_password() {
        String email = signedUp("reset").email();

        accounts.requestPasswordReset(email.toUpperCase());
        String token = tokenOf(latestLinkTo(email, "/reset-password/"));
        assertThat(jdbc.queryForObject("""
                select timestampdiff(minute, t.created_at, t.expires_at) from account_token t
                join user_account a on a.id = t.account_id where a.email = ? and t.purpose = 'PASSWORD_RESET'""",
                Long.class, email)).isEqualTo(60);

        accounts.resetPassword(token, "meadow kettle granite");
        assertThat(signIn(email, "meadow kettle granite")).isTrue();
        assertThat(signIn(email, PASSWORD)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, "another fine password"))
                .hasMessageContaining("already been used");
    }

    @Test
    void an_expired_reset_link_cannot_be_used() {
        String email = signedUp("expired-reset").email();
        accounts.requestPasswordReset(email);
        String token = tokenOf(latestLinkTo(email, "/reset-password/"));
        jdbc.update("update account_token t join user_account a on a.id = t.account_id "
                + "set t.expires_at = now() - interval 1 second where a.email = ? and t.purpose = 'PASSWORD_RESET'",
                email);

        assertThat(accounts.isResetLinkUsable(token)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, "meadow kettle granite"))
                .hasMessageContaining("expired");
    }

    @Test
    void asking_to_reset_an_unknown_email_sends_nothing() {
        String email = unique("nobody");
        accounts.requestPasswordReset(email);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void a_deactivated_person_cannot_sign_in() {
        var account = signedUp("leaver");
        String email = account.email();
        assertThat(signIn(email, PASSWORD)).isTrue();

        accounts.deactivate(account.id());

        assertThat(signIn(email, PASSWORD)).isFalse();
        accounts.reactivate(account.id());
        assertThat(signIn(email, PASSWORD)).isTrue();
    }

    @Test
    void the_signed_in_person_is_read_with_every_role_and_practice_until_deactivated() {
        var practices = Set.copyOf(jdbc.queryForList("select id from practice order by id limit 3", Long.class));
        String email = unique("several");
        var account = accounts.invite(email, "Sev Eral", Set.of(Role.PRACTICE_MANAGER, Role.TRAINER), practices);

        assertThat(signedInUsers.byEmail(email)).hasValueSatisfying(u -> {
            assertThat(u.id()).isEqualTo(account.id());
            assertThat(u.displayName()).isEqualTo("Sev Eral");
            assertThat(u.roles()).containsExactlyInAnyOrder(Role.PRACTICE_MANAGER, Role.TRAINER);
            assertThat(u.practiceIds()).isEqualTo(practices).hasSize(3);
        });
        String trainer = unique("no-practice");
        accounts.invite(trainer, "No Practice", Set.of(Role.TRAINER), Set.of());
        assertThat(signedInUsers.byEmail(trainer)).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly(Role.TRAINER);
            assertThat(u.practiceIds()).isEmpty();
        });

        accounts.deactivate(account.id());
        assertThat(signedInUsers.byEmail(email)).isEmpty();
        assertThat(signedInUsers.byEmail(unique("nobody"))).isEmpty();
    }

    @Test
    void deactivating_someone_ends_their_open_sessions() {
        String email = unique("signed-in");
        var account = accounts.invite(email, "Signed In", Set.of(Role.TRAINER), Set.of());
        var principal = org.springframework.security.core.userdetails.User.withUsername(email).password("x")
                .roles("TRAINER").build();
        String sessionId = UUID.randomUUID().toString();
        sessions.registerNewSession(sessionId, principal);

        accounts.deactivate(account.id());

        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
    }

    @Test
    void the_first_administrator_is_only_created_while_there_is_none() {
        assertThat(accounts.createFirstAdministrator(unique("second-admin"), "Second", "another long passphrase"))
                .as("the demo already has an administrator").isFalse();
    }

    @Test
    void a_practice_manager_needs_a_practice_and_emails_are_unique() {
        assertThatThrownBy(() -> accounts.invite(unique("pm"), "No Practice", Set.of(Role.PRACTICE_MANAGER), Set.of()))
                .hasMessageContaining("needs at least one practice");
        assertThatThrownBy(() -> accounts.invite("ADMIN@demo.safesurgery.example", "Dup", Set.of(Role.ADMIN), Set.of()))
                .hasMessageContaining("already exists");
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void only_administrators_may_invite() {
        assertThatThrownBy(() -> accounts.invite(unique("x"), "X", Set.of(Role.ADMIN), Set.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /** A trainer who accepted their invitation and chose {@link #PASSWORD}. */
    private AccountSummary signedUp(String prefix) {
        String email = unique(prefix);
        var account = accounts.invite(email, "Test Person", Set.of(Role.TRAINER), Set.of());
        accounts.acceptInvitation(tokenOf(latestLinkTo(email, "/invitation/")), PASSWORD);
        return account;
    }

    private boolean signIn(String email, String password) {
        try {
            return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    private String latestLinkTo(String email, String path) {
        String body = jdbc.queryForObject("select body_text from outbox_email where recipient = ? order by id desc limit 1",
                String.class, email);
        var matcher = Pattern.compile("http://portal\\.test" + Pattern.quote(path) + "[A-Za-z0-9_-]+").matcher(body);
        assertThat(matcher.find()).as("link in the email to " + email).isTrue();
        return matcher.group();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }
}

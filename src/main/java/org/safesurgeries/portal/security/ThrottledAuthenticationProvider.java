package org.safesurgeries.portal.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Wraps the password check with the login throttle. A locked email is refused before its password is even
 * checked, and every other failure (unknown email, wrong password, deactivated account) looks the same.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Shown to the person: says nothing about whether the account exists. */
    static class SignInThrottled extends AuthenticationException {
        SignInThrottled() {
            super("Too many failed sign-ins for this email. Try again in 15 minutes.");
        }
    }

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        if (throttle.isLocked(email)) {
            throttle.recordRefusedWhileLocked(email);
            throw new SignInThrottled();
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, "FAILED");
            throw new BadCredentialsException("Incorrect email or password.");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package org.safesurgeries.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the forgotten-password page calls: it returns at once, the same for every email, and the lookup, the token and
 * the email happen on another thread. Done in the request, a known email cost a token, an outbox email and event
 * rows while an unknown one cost one lookup, so the page's answer time told whether an account exists (issue 10;
 * bench/signin measured it).
 */
@Component
public class PasswordResetRequests {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(PasswordResetRequests.class);

    private final Consumer<String> request;
    private final Executor executor;

    // One thread: resets are rare, and one at a time they cannot deadlock one another on account_token (several
    // side by side did, under bench/signin's bursts, even when retried).
    @Autowired
    PasswordResetRequests(AccountService accounts) {
        this(accounts::requestPasswordReset, Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("password-reset").daemon().factory()));
    }

    PasswordResetRequests(Consumer<String> request, Executor executor) {
        this.request = request;
        this.executor = executor;
    }

    /** Sends a reset link later if an active account has this email; callers show the same message either way. */
    public void request(String email) {
        executor.execute(() -> send(email));
    }

    // InnoDB may still pick this transaction as a deadlock victim against another writer: tried again, as its
    // message says to.
    private void send(String email) {
        for (int attempt = 1; ; attempt++) {
            try {
                request.accept(email);
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    log.warn("A password reset request failed {} times on a database lock; no link was sent", ATTEMPTS,
                            e);
                    return;
                }
            }
        }
    }
}

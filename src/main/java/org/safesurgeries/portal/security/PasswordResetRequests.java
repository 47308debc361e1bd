package org.safesurgeries.portal.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the forgotten-password page calls: it returns at once, the same for every email, and the lookup, the token and
 * the email happen on another thread. Done in the request, a known email cost a token, an outbox email and event
 * rows while an unknown one cost one lookup, so the page's answer time told whether an account exists (issue 10;
 * bench/signin measured it).
 */
@Component
public class PasswordResetRequests {

    private final Consumer<String> request;
    private final Executor executor;

    @Autowired
    PasswordResetRequests(AccountService accounts, @Qualifier("applicationTaskExecutor") Executor executor) {
        this(accounts::requestPasswordReset, executor);
    }

    PasswordResetRequests(Consumer<String> request, Executor executor) {
        this.request = request;
        this.executor = executor;
    }

    /** Sends a reset link later if an active account has this email; callers show the same message either way. */
    public void request(String email) {
        executor.execute(() -> request.accept(email));
    }
}

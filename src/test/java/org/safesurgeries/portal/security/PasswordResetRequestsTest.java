package org.safesurgeries.portal.security;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetRequestsTest {

    @Test
    void a_reset_request_returns_before_any_lookup_and_the_work_runs_on_the_executor() {
        var asked = new ArrayList<String>();
        List<Runnable> queued = new ArrayList<>();
        var requests = new PasswordResetRequests(asked::add, queued::add);

        requests.request("someone@example.org");
        requests.request("nobody@example.org");

        assertThat(asked).isEmpty();
        assertThat(queued).hasSize(2);
        queued.forEach(Runnable::run);
        assertThat(asked).containsExactly("someone@example.org", "nobody@example.org");
    }

    @Test
    void a_request_chosen_as_a_deadlock_victim_is_tried_again() {
        var calls = new ArrayList<String>();
        var requests = new PasswordResetRequests(email -> {
            calls.add(email);
            if (calls.size() == 1) {
                throw new org.springframework.dao.CannotAcquireLockException("Deadlock found when trying to get lock");
            }
        }, Runnable::run);

        requests.request("someone@example.org");

        assertThat(calls).containsExactly("someone@example.org", "someone@example.org");
    }
}

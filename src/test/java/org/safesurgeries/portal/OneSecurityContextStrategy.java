package org.safesurgeries.portal;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin gives each Spring context its own security-context strategy (with its own thread-local) and makes it the
 * JVM-wide one when the context starts. The tests run several contexts in one JVM (the shared one, the one with a
 * real port, one on a separate server), so the JVM-wide strategy is whichever started last: {@code @WithMockUser}
 * would set the user in this context's strategy while static callers ({@code SecurityContextHolder.getContext()})
 * read another's and see nobody. Before each test, the JVM-wide strategy is set back to this test's context's.
 * Production runs one context, where the two are always the same.
 */
public class OneSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        var context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        // Before WithSecurityContextTestExecutionListener (10000) puts the test's user in place.
        return 5000;
    }
}

package org.safesurgeries.portal.security;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.audit.AuditLog;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JSR-250 annotations are enforced on services at every call, while views (whose annotations Vaadin's navigation
 * access control checks before making them: AccessMatrixTest) are not wrapped in method-security proxies.
 */
@PortalTest
class MethodSecurityTest {

    private static final String VIEWS = "org.safesurgeries.portal.audit.ui.AuditLogView, "
            + "org.safesurgeries.portal.home.ui.HomeView, org.safesurgeries.portal.award.ui.ReviewQueueView";

    @Autowired
    AuditLog auditLog;

    @Autowired
    @Qualifier("jsr250ExceptComponents")
    Advisor advisor;

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_service_method_allowed_to_admins_refuses_a_practice_manager() {
        assertThat(AopUtils.isAopProxy(auditLog)).isTrue();
        assertThatThrownBy(() -> auditLog.verify()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_method_security_advisor_matches_services_and_leaves_views_alone() throws Exception {
        assertThat(AopUtils.canApply(advisor, AuditLog.class)).isTrue();
        for (String name : VIEWS.split(", ")) {
            Class<?> view = Class.forName(name);
            assertThat(AopUtils.canApply(AuthorizationManagerBeforeMethodInterceptor.jsr250(), view))
                    .as("Spring Security's own JSR-250 advisor would proxy %s", name).isTrue();
            assertThat(AopUtils.canApply(advisor, view)).as(name).isFalse();
        }
    }
}

package org.safesurgeries.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.safesurgeries.portal.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    // Vaadin's client needs inline bootstrap scripts and styles; nothing may frame the portal.
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final RequestMatcher PUBLIC_CACHEABLE = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/styles/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/images/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/directory"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/directory.csv"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/statistics/**"));

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, checked at every call. Views carry
     * the same annotations, but Vaadin's navigation access control checks those before a view is made; wrapping
     * every new view in a method-security proxy as well cost an eighth of the request time of each navigation
     * (bench/README.md, Vaadin sessions), so components are left out.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250ExceptComponents(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        var standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        var servicesOnly = new ComposablePointcut((ClassFilter) type -> !Component.class.isAssignableFrom(type))
                .intersection(standard.getPointcut());
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(servicesOnly,
                new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        interceptor.setSecurityContextHolderStrategy(
                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/directory", "/api/directory.csv", "/v3/api-docs",
                        "/v3/api-docs/**", "/api/statistics/registrations", "/api/statistics/registrations.csv",
                        "/api/verify/*", "/verify/*", "/verify/*/pdf")
                .permitAll()
                .requestMatchers("/actuator/**").hasRole(Roles.ADMIN));
        http.authenticationManager(authenticationManager);
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        http.headers(headers -> {
            // Written before Vaadin handles the request, so every page carries them, however it is produced.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // No-cache for everything but public, cacheable resources, which set their own Cache-Control: written
            // eagerly, Spring's Pragma and Expires would otherwise contradict it.
            headers.cacheControl(cache -> cache.disable());
            headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(PUBLIC_CACHEABLE), new CacheControlHeadersWriter()));
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frame -> frame.deny())
                    .contentTypeOptions(options -> { });
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}

package org.safesurgeries.portal.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The portal's own stylesheets and images, served by Spring MVC before Vaadin's catch-all forward. Vaadin's static
 * file server opens the fat jar as a zip file system on every request (to ask whether the path is a directory) and
 * so served a 4 KB stylesheet at a few hundred requests a second (bench/web). Spring's handler resolves each path once
 * and keeps it; the security filter chain still runs first, so the headers stay, and no session is created.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

    static final Duration MAX_AGE = Duration.ofHours(1);

    @Bean
    SimpleUrlHandlerMapping portalStaticResources() {
        var mapping = new SimpleUrlHandlerMapping(Map.of(
                "/styles/**", handler("META-INF/resources/styles/"),
                "/images/**", handler("META-INF/resources/images/")));
        // Vaadin forwards every path no other mapping takes (its mapping has LOWEST_PRECEDENCE - 1).
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }

    private static ResourceHttpRequestHandler handler(String location) {
        var handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource(location)));
        handler.setCacheControl(CacheControl.maxAge(MAX_AGE));
        // Set once here rather than per request: the handler is not a bean, so the context does not initialise it.
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Static resources at " + location, e);
        }
        return handler;
    }
}

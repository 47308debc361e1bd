package org.safesurgeries.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url}, the portal runs its own MariaDB under {@code <data dir>/mariadb}; with one
 * set, Spring Boot's usual data source is used and this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "portal";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(org.springframework.core.env.Environment environment) {
        Path dataDir = Path.of(environment.getRequiredProperty("portal.data-dir"));
        return EmbeddedMariaDb.acquire(dataDir.resolve("mariadb"));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + DATABASE
                + "?createDatabaseIfNotExist=true");
        dataSource.setUsername("root");
        dataSource.setPassword("");
        return dataSource;
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}

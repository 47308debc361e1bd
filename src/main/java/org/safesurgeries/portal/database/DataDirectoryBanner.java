package org.safesurgeries.portal.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Says at start where the portal keeps what it writes, and which database it uses. */
@Component
class DataDirectoryBanner {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryBanner.class);

    private final Environment environment;

    DataDirectoryBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationStartedEvent.class)
    void announce() {
        Path dataDir = Path.of(environment.getRequiredProperty("portal.data-dir")).toAbsolutePath().normalize();
        String url = environment.getProperty("spring.datasource.url");
        log.info("PORTAL_DATA_DIR = {}", dataDir);
        log.info("Database: {}", url == null || url.isBlank() ? "embedded MariaDB under " + dataDir.resolve("mariadb")
                : url.replaceAll("(?i)password=[^&;]*", "password=***"));
    }
}

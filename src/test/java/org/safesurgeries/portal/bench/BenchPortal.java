package org.safesurgeries.portal.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.safesurgeries.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The portal as a benchmark sees it: the whole Spring context on its embedded MariaDB (no demo data, no browser),
 * plus the settings the run script passes as environment variables.
 */
final class BenchPortal {

    private BenchPortal() {
    }

    /** Starts the portal with its database under {@code dataDir}; Flyway brings the schema up to date. */
    static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, because application.properties would win over default properties. Production
        // mode as in the jar: from target/classes, without the build's token file, Vaadin would want its dev server.
        return new SpringApplicationBuilder(PortalApplication.class).logStartupInfo(false).run(
                "--portal.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0", "--spring.main.banner-mode=off",
                "--vaadin.productionMode=true",
                "--logging.level.root=WARN", "--logging.level.org.safesurgeries=WARN");
    }

    /** A whole-number setting from the environment; "1_000_000" and "1,000,000" are read as 1000000. */
    static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.replaceAll("[_,]", ""));
    }

    static Path dataDir(String fallback) {
        String value = System.getenv("BENCH_DATA_DIR");
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }

    static Path resultsDir() {
        String value = System.getenv("RESULTS_DIR");
        Path dir = Path.of(value == null || value.isBlank() ? "bench/results" : value);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A connection of its own that may send a local file to the server (LOAD DATA LOCAL INFILE): only the benchmark
     * needs that, so the portal's pool never allows it.
     */
    static Connection localInfileConnection(DataSource dataSource) throws SQLException {
        var hikari = dataSource.unwrap(HikariDataSource.class);
        String url = hikari.getJdbcUrl();
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true",
                hikari.getUsername(), hikari.getPassword());
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}

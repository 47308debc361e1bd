package org.safesurgeries.portal.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A portal that was killed (kill -9, a crashed test JVM) leaves its mariadbd running and holding the data folder;
 * the next start stops that orphan first instead of failing on InnoDB's lock.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private StaleServer() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                stop(pidFile);
            }
        }
    }

    private static void stop(Path pidFile) throws IOException {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping an embedded MariaDB (pid {}) left running by an earlier start", pid);
                    orphan.destroy();
                    orphan.onExit().completeOnTimeout(null, Duration.ofSeconds(30).toSeconds(),
                            java.util.concurrent.TimeUnit.SECONDS).join();
                    if (orphan.isAlive()) {
                        orphan.destroyForcibly();
                    }
                });
    }
}

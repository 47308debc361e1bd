package org.safesurgeries.portal.practice;

import org.safesurgeries.portal.shared.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Imports the epraccur file named by PORTAL_EPRACCUR_FILE (or --portal.epraccur.import-on-start=…) at start. */
@Component
@Order(10)
class EpraccurOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EpraccurOnStart.class);

    private final EpraccurImporter importer;
    private final String file;

    EpraccurOnStart(EpraccurImporter importer, @Value("${portal.epraccur.import-on-start:}") String file) {
        this.importer = importer;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (file.isBlank()) {
            return;
        }
        Path path = Path.of(file);
        try {
            long started = System.nanoTime();
            var report = SystemAuthentication.call(() -> importer.importFile(read(path),
                    path.getFileName().toString(), ImportProgress.NONE));
            log.info("Imported {} in {} ms: {}", path, (System.nanoTime() - started) / 1_000_000, report.summary());
            report.rejected().forEach(r -> log.warn("{} line {}: {}", path.getFileName(), r.lineNumber(), r.reason()));
        } catch (EpraccurFileRejected e) {
            log.error("Did not import {}: {}", path, e.getMessage());
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the epraccur file " + path, e);
        }
    }
}

package org.safesurgeries.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folders for tests that start MariaDB servers and portal instances of their own. Each holds half a gigabyte
 * (MariaDB's binaries and data), so they live under the build folder ({@code mvn clean} removes them) rather than
 * the system's temporary folder, and are deleted when the test JVM ends.
 */
public final class TestFolders {

    private static final Path BASE = Path.of(System.getProperty("portal.data-dir", "target/test-data"))
            .toAbsolutePath().resolveSibling("test-folders");
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (CREATED) {
                CREATED.forEach(TestFolders::delete);
            }
        }, "test-folder-cleanup"));
    }

    private TestFolders() {
    }

    public static Path create(String prefix) {
        try {
            Files.createDirectories(BASE);
            Path folder = Files.createTempDirectory(BASE, prefix);
            synchronized (CREATED) {
                CREATED.add(folder);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: mvn clean removes what is left.
        }
    }
}

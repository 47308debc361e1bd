package org.safesurgeries.portal.database;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server of its own for tests that start portal instances themselves (several nodes on one database,
 * restarts, a restore), started the way the portal starts its embedded one. Closing it stops the server and
 * deletes its folder (some 350 MB of unpacked binaries).
 */
public final class SeparateMariaDb implements AutoCloseable {

    private final Path folder;
    private final EmbeddedMariaDb server;

    private SeparateMariaDb(Path folder, EmbeddedMariaDb server) {
        this.folder = folder;
        this.server = server;
    }

    public static SeparateMariaDb start(String name) throws IOException {
        Path folder = TestFolders.create(name + "-mariadb-");
        try {
            return new SeparateMariaDb(folder, EmbeddedMariaDb.acquire(folder));
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(folder);
            throw e;
        }
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** Sets the server's own time zone (sessions start in it unless the client sets theirs), e.g. "+05:00". */
    public SeparateMariaDb withTimeZone(String offset) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("mysql"), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL time_zone = '" + offset + "'");
        }
        return this;
    }

    public int port() {
        return server.port();
    }

    /** A MariaDB program that came with the server, such as {@code mariadb-dump} or the {@code mariadb} client. */
    public Path program(String name) {
        return server.program(name);
    }

    @Override
    public void close() {
        server.close();
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the test database folder " + folder, e);
        }
    }
}

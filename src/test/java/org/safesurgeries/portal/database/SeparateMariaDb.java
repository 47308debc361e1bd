package org.safesurgeries.portal.database;

import java.io.IOException;
import java.nio.file.Files;

/**
 * A MariaDB server of its own for tests that start portal instances themselves (several nodes on one database,
 * restarts), started the way the portal starts its embedded one.
 */
public final class SeparateMariaDb implements AutoCloseable {

    private final EmbeddedMariaDb server;

    private SeparateMariaDb(EmbeddedMariaDb server) {
        this.server = server;
    }

    public static SeparateMariaDb start(String name) throws IOException {
        return new SeparateMariaDb(EmbeddedMariaDb.acquire(TestFolders.create(name + "-mariadb-")));
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + database + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void close() {
        server.close();
    }
}

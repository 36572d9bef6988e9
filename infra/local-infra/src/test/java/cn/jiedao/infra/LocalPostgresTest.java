package cn.jiedao.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalPostgresTest {

    @TempDir
    Path temp;

    @Test
    void startsPostgresCreatesTheDatabasesAndRemovesThrowawayDataOnStop() throws Exception {
        int port = FreePorts.allocate(1)[0];
        Path dataDir = temp.resolve("pg");
        LocalPostgres postgres = new LocalPostgres(port, dataDir, false, List.of("mediation"), temp.resolve("pg.log"));
        postgres.start();
        try {
            try (Connection connection = PostgresDatabases.connect(port, "mediation");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_database(), current_setting('server_version_num')")) {
                assertTrue(rs.next());
                assertEquals("mediation", rs.getString(1));
                assertTrue(rs.getInt(2) >= 170000, "expected PostgreSQL 17, got " + rs.getInt(2));
            }

            postgres.createDatabaseIfMissing("economy");
            postgres.createDatabaseIfMissing("economy");
            try (Connection connection = PostgresDatabases.connect(port, "economy")) {
                assertTrue(connection.isValid(2), "database created on demand is reachable");
            }
        } finally {
            postgres.stop();
        }
        assertFalse(postgres.isRunning());
        assertFalse(Files.exists(dataDir), "throwaway data directory is removed when PostgreSQL stops");
    }

    @Test
    void keptDataSurvivesARestart() throws Exception {
        int port = FreePorts.allocate(1)[0];
        Path dataDir = temp.resolve("kept");
        LocalPostgres postgres = new LocalPostgres(port, dataDir, true, List.of("hub"), temp.resolve("kept.log"));
        postgres.start();
        try (Connection connection = PostgresDatabases.connect(port, "hub");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (name text)");
            statement.execute("INSERT INTO survivor VALUES ('八月湖')");
        } finally {
            postgres.stop();
        }

        postgres.start();
        try (Connection connection = PostgresDatabases.connect(port, "hub");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name FROM survivor")) {
            assertTrue(rs.next(), "row written before the restart is still there");
            assertEquals("八月湖", rs.getString(1));
        } finally {
            postgres.stop();
        }
    }
}

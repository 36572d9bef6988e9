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
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void keptDataIsDurableAndAnOnlineBackupRestoresWhatWasCommittedBeforeItEnded() throws Exception {
        int port = FreePorts.allocate(1)[0];
        Path dataDir = temp.resolve("durable");
        LocalPostgres postgres = new LocalPostgres(port, dataDir, true, List.of("mediation", "safety"),
                temp.resolve("durable.log"));
        Path archive = temp.resolve("backup.tar.gz");
        postgres.start();
        try {
            try (Connection connection = PostgresDatabases.connect(port, "mediation");
                 Statement statement = connection.createStatement()) {
                for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                    try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                        assertTrue(rs.next());
                        assertEquals("on", rs.getString(1), setting + " of the kept cluster");
                    }
                }
                statement.execute("CREATE TABLE dispute (n integer)");
                statement.execute("INSERT INTO dispute SELECT generate_series(1, 1000)");
            }
            try (Connection connection = PostgresDatabases.connect(port, "safety");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE hazard (n integer)");
                statement.execute("INSERT INTO hazard VALUES (1)");
            }
            // writes go on while the backup is taken: the restore holds the rows committed before it ended
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                try (Connection connection = PostgresDatabases.connect(port, "mediation");
                     Statement statement = connection.createStatement()) {
                    while (writing.get()) {
                        statement.execute("INSERT INTO dispute VALUES (-1)");
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            PostgresBackup.backup(port, dataDir, archive);
            writing.set(false);
            writer.join();
            try (Connection connection = PostgresDatabases.connect(port, "mediation");
                 Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO dispute VALUES (2000)");
            }
        } finally {
            postgres.stop();
        }
        assertThrows(IllegalStateException.class, () -> {
            Files.writeString(dataDir.resolve("postmaster.pid"), "1");
            try {
                PostgresBackup.restore(archive, dataDir);
            } finally {
                Files.delete(dataDir.resolve("postmaster.pid"));
            }
        }, "a running cluster is never overwritten");

        PostgresBackup.restore(archive, dataDir);
        postgres.start();
        try (Connection connection = PostgresDatabases.connect(port, "mediation");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT count(*) FILTER (WHERE n > 0 AND n <= 1000), count(*) FILTER (WHERE n = 2000) FROM dispute")) {
            assertTrue(rs.next());
            assertEquals(1000, rs.getInt(1), "every row committed before the backup");
            assertEquals(0, rs.getInt(2), "nothing written after it");
        } finally {
            try (Connection connection = PostgresDatabases.connect(port, "safety");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*) FROM hazard")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "the other databases come back too");
            } finally {
                postgres.stop();
            }
        }
    }
}

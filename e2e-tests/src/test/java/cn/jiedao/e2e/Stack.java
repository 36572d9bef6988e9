package cn.jiedao.e2e;

import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.ServiceList;
import cn.jiedao.infra.ServiceProcesses;
import cn.jiedao.testing.RealInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform as {@code ./jiedao up} runs it — the packaged services of {@code deploy/services.txt},
 * each in its own JVM, configured by environment — but on free ports and on the test PostgreSQL and Kafka. Started once per
 * test JVM; stopped by a shutdown hook (and each service ends itself if this JVM dies).
 */
final class Stack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static Stack started;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<ChildJvm> processes = new ArrayList<>();
    private final Path logs;
    // What a service is started with, to kill and start it again on its port ({@link #kill}, {@link #restart}).
    private Path repo;
    private final Map<String, ServiceProcesses.Service> services = new LinkedHashMap<>();
    private ServiceProcesses.Environment env;
    private final Map<String, Integer> upstreams = new LinkedHashMap<>();
    private final Map<String, ChildJvm> running = new LinkedHashMap<>();
    private final Map<Integer, ChildJvm> extraInstances = new LinkedHashMap<>();

    private Stack(Path logs) {
        this.logs = logs;
    }

    static synchronized Stack get() {
        if (started == null) {
            // Polling through the gateway counts against its per-client rate limit (600 a minute by default).
            org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(500));
            started = start();
        }
        return started;
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    Path logs() {
        return logs;
    }

    /** The base URL of a service itself (its module name, e.g. {@code safety-service}), bypassing the gateway. */
    String direct(String module) {
        Integer port = ports.get(module);
        if (port == null) {
            throw new IllegalArgumentException("no service " + module + " in the stack: " + ports.keySet());
        }
        return "http://127.0.0.1:" + port;
    }

    /** Module → base URL of every service of the stack, the gateway included. */
    Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        ports.forEach((module, port) -> urls.put(module, "http://127.0.0.1:" + port));
        return urls;
    }

    /**
     * Environment every service of the stack gets on top of its own: each system property
     * {@code jiedao.e2e.env.<NAME>} (the e2e POM turns the gateway's rate limit off this way, so that
     * the fuzzer's and the authorization matrix's thousands of requests are not answered 429).
     */
    private static Map<String, String> extraEnvironment() {
        Map<String, String> extra = new LinkedHashMap<>();
        String prefix = "jiedao.e2e.env.";
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(prefix)).sorted()
                .forEach(name -> extra.put(name.substring(prefix.length()), System.getProperty(name)));
        return extra;
    }

    private static Stack start() {
        RealInfrastructure.ensureStarted();
        Path repo = Path.of(System.getProperty("jiedao.repo", "..")).toAbsolutePath().normalize();
        Path logs;
        try {
            logs = Files.createDirectories(repo.resolve("e2e-tests/target/service-logs"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Stack stack = new Stack(logs);
        stack.repo = repo;
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "e2e-stack-stop"));
        List<ServiceProcesses.Service> services = ServiceList.read(repo).services();
        int[] free = FreePorts.allocate(services.size());
        for (int i = 0; i < free.length; i++) {
            stack.ports.put(services.get(i).module(), free[i]);
        }
        Map<String, Integer> upstreams = stack.upstreams;
        for (ServiceProcesses.Service service : services) {
            stack.services.put(service.module(), service);
            if (service.database() != null) {
                RealInfrastructure.jdbcUrl(service.database()); // creates the database
            }
            if (service.area() != null) {
                upstreams.put(service.area(), stack.ports.get(service.module()));
            }
        }
        var env = stack.env = new ServiceProcesses.Environment(RealInfrastructure.postgresPort(),
                RealInfrastructure.kafkaBootstrapServers(), RealInfrastructure.jwtPublicKeyPath(), RealInfrastructure.ISSUER);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (ServiceProcesses.Service service : services) {
            int port = stack.ports.get(service.module());
            ChildJvm process = ServiceProcesses.launch(repo, service, port, env, upstreams,
                    logs.resolve(service.module() + ".log"), extraEnvironment());
            stack.processes.add(process);
            stack.running.put(service.module(), process);
            ready.add(CompletableFuture.runAsync(() ->
                    ServiceProcesses.awaitReady(service, port, process, READY_TIMEOUT, () -> false)));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        return stack;
    }

    private void stop() {
        synchronized (this) {
            extraInstances.values().forEach(instance -> instance.stop(Duration.ofSeconds(20)));
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).stop(Duration.ofSeconds(20));
            }
        }
    }

    // --- faults: kill -9 and start again, extra instances -----------------------------------------------

    /** The port {@code module} (e.g. {@code economy-service}) listens on. */
    int port(String module) {
        return ports.get(module);
    }

    /** The pid of {@code module}'s JVM (for /proc/&lt;pid&gt;/status). */
    synchronized long pid(String module) {
        return running.get(module).pid();
    }

    /** Kills {@code module}'s JVM with SIGKILL (no shutdown hook runs) and returns once it is gone. */
    synchronized void kill(String module) {
        ChildJvm process = running.get(module);
        ProcessHandle handle = ProcessHandle.of(process.pid()).orElse(null);
        if (handle != null) {
            handle.destroyForcibly();
            handle.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    /**
     * Starts {@code module} again on its port with the same environment, after {@link #kill} (or if it died),
     * and returns once it is ready. Does nothing if it is running.
     */
    synchronized void restart(String module) {
        ChildJvm old = running.get(module);
        if (old.isAlive()) {
            return;
        }
        ServiceProcesses.Service service = services.get(module);
        int port = ports.get(module);
        ChildJvm process = ServiceProcesses.launch(repo, service, port, env, upstreams,
                logs.resolve(module + ".log"));
        processes.set(processes.indexOf(old), process);
        running.put(module, process);
        ServiceProcesses.awaitReady(service, port, process, READY_TIMEOUT, () -> false);
    }

    /**
     * Starts one more instance of {@code module} on a free port, on the same database, broker and consumer
     * groups as the first (the gateway keeps routing to the first); returns its port once it is ready.
     */
    int startExtraInstance(String module) {
        ServiceProcesses.Service service = services.get(module);
        int port = FreePorts.allocate(1)[0];
        ChildJvm process;
        synchronized (this) {
            process = ServiceProcesses.launch(repo, service, port, env, upstreams,
                    logs.resolve(module + "-" + port + ".log"));
            extraInstances.put(port, process);
        }
        ServiceProcesses.awaitReady(service, port, process, READY_TIMEOUT, () -> false);
        return port;
    }

    /** Stops (SIGTERM) the extra instance on {@code port}. */
    synchronized void stopExtraInstance(int port) {
        ChildJvm process = extraInstances.remove(port);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }
}

package cn.jiedao.infra.bench;

import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.LocalKafka;
import cn.jiedao.infra.LocalPostgres;
import cn.jiedao.infra.PostgresDatabases;
import cn.jiedao.infra.ServiceList;
import cn.jiedao.infra.ServiceProcesses;
import cn.jiedao.infra.TokenMinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a benchmark measures, started on free ports with data and logs under {@code .jiedao/bench/<what>/}
 * (never the demo's {@code .jiedao/} data, never {@code ./jiedao up}'s ports): a durable PostgreSQL (as
 * {@code ./jiedao up}'s: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on), Kafka if
 * asked for, and the packaged services named, each configured as {@link ServiceProcesses} configures them.
 * {@link #close()} stops everything, last started first; a shutdown hook does it too on Ctrl-C.
 */
public final class BenchStack implements AutoCloseable {

    private final Path repo;
    private final Path home;
    private final List<Runnable> stopActions = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ChildJvm> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Thread hook = new Thread(this::stopAll, "bench-stop");
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private JwtKeyPair keys;

    private BenchStack(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The options every benchmark takes: {@code --repo=DIR} (default: the working directory). */
    public static Path repo(Map<String, String> options) {
        return Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    }

    /** {@code .jiedao/bench/<what>/} of {@code repo}. */
    public static Path home(Path repo, String what) {
        return repo.resolve(".jiedao/bench").resolve(what);
    }

    public static Builder of(Path repo, String what) {
        return new Builder(repo, what);
    }

    public static final class Builder {
        private final Path repo;
        private final String what;
        private boolean fresh = true;
        private boolean kafka;
        private final List<String> services = new ArrayList<>();
        private final Map<String, Map<String, String>> environment = new LinkedHashMap<>();

        private Builder(Path repo, String what) {
            this.repo = repo;
            this.what = what;
        }

        /** Delete the data of an earlier run first (default); false keeps the PostgreSQL data. */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        public Builder kafka() {
            this.kafka = true;
            return this;
        }

        /** The packaged services to start (modules of {@code deploy/services.txt}), after the infrastructure. */
        public Builder services(String... modules) {
            services.addAll(List.of(modules));
            return this;
        }

        /** An environment variable for one service's JVM (e.g. {@code JAVA_TOOL_OPTIONS} for JFR). */
        public Builder environment(String module, String key, String value) {
            environment.computeIfAbsent(module, m -> new LinkedHashMap<>()).put(key, value);
            return this;
        }

        public BenchStack start() {
            BenchStack stack = new BenchStack(repo, home(repo, what));
            try {
                stack.launch(fresh, kafka, services, environment);
            } catch (RuntimeException | Error e) {
                stack.close();
                throw e;
            }
            return stack;
        }
    }

    private void launch(boolean fresh, boolean withKafka, List<String> modules,
            Map<String, Map<String, String>> environment) {
        ServiceList list = ServiceList.read(repo);
        for (String module : modules) {
            Path jar = ServiceProcesses.runJar(repo, list.named(module).service());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: mvn -q -DskipTests package -pl " + module + " -am");
            }
        }
        try {
            if (fresh) {
                deleteRecursively(home);
            } else {
                deleteRecursively(home.resolve("kafka"));
            }
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        int[] infraPorts = FreePorts.allocate(3);
        postgres = new LocalPostgres(infraPorts[0], home.resolve("postgres"), true, list.databases(),
                home.resolve("logs/postgres.log"));
        postgres.launch(false);
        stopActions.add(postgres::stop);
        if (withKafka) {
            kafka = new LocalKafka(infraPorts[1], infraPorts[2], home.resolve("kafka"), home.resolve("logs/kafka.log"));
            kafka.launch(false);
            stopActions.add(kafka::stop);
        }
        postgres.awaitReady();
        if (kafka != null) {
            kafka.awaitReady();
        }
        keys = JwtKeyPair.loadOrCreate(home.resolve("keys"));
        var env = new ServiceProcesses.Environment(postgres.port(), kafka == null ? "127.0.0.1:9" : kafka.bootstrapServers(),
                keys.publicKeyPath(), TokenMinter.LOCAL_ISSUER);
        int[] servicePorts = FreePorts.allocate(Math.max(1, modules.size()));
        Map<String, Integer> areaPorts = new LinkedHashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            ports.put(modules.get(i), servicePorts[i]);
            String area = list.named(modules.get(i)).area();
            if (area != null) {
                areaPorts.put(area, servicePorts[i]);
            }
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (String module : modules) {
            ServiceProcesses.Service service = list.named(module).service();
            int port = ports.get(module);
            ChildJvm process = ServiceProcesses.launch(repo, service, port, env, areaPorts,
                    home.resolve("logs/" + module + ".log"), environment.getOrDefault(module, Map.of()));
            processes.put(module, process);
            stopActions.add(() -> process.stop(Duration.ofSeconds(30)));
            ready.add(CompletableFuture.runAsync(() ->
                    ServiceProcesses.awaitReady(service, port, process, Duration.ofSeconds(240), () -> false)));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        System.out.printf("[bench] PostgreSQL%s%s ready in %.1f s (data and logs in %s)%n",
                kafka != null ? ", Kafka" : "", modules.isEmpty() ? "" : ", " + String.join(", ", modules),
                (System.nanoTime() - started) / 1e9, repo.relativize(home));
    }

    public Path repo() {
        return repo;
    }

    public Path home() {
        return home;
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public int postgresPort() {
        return postgres.port();
    }

    /** A connection as the services' user (autocommit on). */
    public Connection connect(String database) throws SQLException {
        return PostgresDatabases.connect(postgres.port(), database);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code http://127.0.0.1:<port>} of a started service. */
    public String url(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    public ChildJvm process(String module) {
        return processes.get(module);
    }

    /** A bearer token of the stack's key pair for {@code subject} with {@code roles}, valid for a day. */
    public String bearer(String subject, String... roles) {
        return "Bearer " + new TokenMinter(keys.privateKey()).mint(subject, List.of(roles), Duration.ofHours(24));
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already: the hook runs stopAll, which finds nothing left
        }
    }

    private void stopAll() {
        List<Runnable> actions;
        synchronized (stopActions) {
            actions = new ArrayList<>(stopActions);
            stopActions.clear();
        }
        Collections.reverse(actions);
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("[bench] " + e.getMessage());
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The 50th/95th/99th value of sorted {@code values}. */
    public static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

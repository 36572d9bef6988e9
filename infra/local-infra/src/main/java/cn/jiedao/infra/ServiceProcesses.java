package cn.jiedao.infra;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Starts the packaged Quarkus services ({@code <module>/target/quarkus-app/quarkus-run.jar}) each in its own
 * JVM, configured through the environment exactly as in production, and waits for their readiness. Used by
 * {@code ./jiedao up} (fixed ports) and by the end-to-end tests (free ports, test infrastructure).
 */
public final class ServiceProcesses {

    /**
     * A service module, the gateway area it serves and the database it owns (null: none). The services and
     * their ports are listed in {@code deploy/services.txt} ({@link ServiceList}).
     */
    public record Service(String module, String area, String database) {

        /** The listed service of {@code module} ({@link ServiceList#find()}). */
        public static Service named(String module) {
            return ServiceList.find().named(module).service();
        }
    }

    /** Where the infrastructure is and how tokens are verified: the same for every service of one stack. */
    public record Environment(int postgresPort, String kafkaBootstrapServers, Path jwtPublicKey, String issuer) {
    }

    /**
     * System property (or environment variable {@code JIEDAO_SERVICES_JVM}) choosing the services' JVM settings:
     * {@code tuned} (the default, {@link JvmSettings#TUNED}) or {@code legacy} ({@link JvmSettings#LEGACY}, the
     * settings before issue 13, kept so that the benchmarks can measure both ways).
     */
    public static final String JVM_SETTINGS_PROPERTY = "jiedao.services.jvm";

    /** The JVM settings a service runs with. */
    public enum JvmSettings {
        /**
         * The serial collector, the heap and the JIT of the service's line in {@code deploy/services.txt} (full
         * tiered compilation for the gateway, whose hot path C2 speeds up most; C1 only for the services, which
         * start quicker and stay smaller with it), two malloc arenas, and the service's AppCDS archive when its
         * build made one. The same as the root {@code Dockerfile}'s (ServiceListTest checks it).
         */
        TUNED("tuned"),
        /** Before issue 13: C1 only ({@code -XX:TieredStopAtLevel=1}), serial collector, 256 MiB of heap for all. */
        LEGACY("legacy");

        private final String label;

        JvmSettings(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The settings chosen by {@value #JVM_SETTINGS_PROPERTY} (or {@code JIEDAO_SERVICES_JVM}); tuned if none. */
        public static JvmSettings current() {
            String chosen = System.getProperty(JVM_SETTINGS_PROPERTY, System.getenv("JIEDAO_SERVICES_JVM"));
            if (chosen == null || chosen.isBlank()) {
                return TUNED;
            }
            for (JvmSettings settings : values()) {
                if (settings.label.equalsIgnoreCase(chosen.strip())) {
                    return settings;
                }
            }
            throw new IllegalArgumentException(JVM_SETTINGS_PROPERTY + " must be tuned or legacy, not " + chosen);
        }

        public String describe() {
            return this == TUNED ? "tuned (" + String.join(" ", COMMON_JVM_OPTIONS)
                    + ", -Xms64m, -Xmx and JIT per service, MALLOC_ARENA_MAX=2)"
                    : "legacy (" + String.join(" ", LEGACY_JVM_OPTIONS) + ")";
        }
    }

    /**
     * What every service's JVM gets with the tuned settings, besides its heap ({@code -Xmx}) and its AppCDS
     * archive. The root Dockerfile's {@code JAVA_OPTS} start with the same (ServiceListTest).
     */
    public static final List<String> COMMON_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m",
            "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    /** The settings before issue 13, for the benchmarks' comparison. */
    public static final List<String> LEGACY_JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    /** Where Quarkus leaves a module's AppCDS archive ({@code quarkus.package.jar.appcds.enabled}). */
    public static Path appCdsArchive(Path repo, Service service) {
        return repo.resolve(service.module()).resolve("target/quarkus-app/app-cds.jsa");
    }

    /** The JVM options {@code service} is started with under {@code settings}. */
    public static List<String> jvmOptions(Path repo, Service service, JvmSettings settings) {
        List<String> options = new ArrayList<>();
        if (settings == JvmSettings.LEGACY) {
            options.addAll(LEGACY_JVM_OPTIONS);
        } else {
            options.addAll(COMMON_JVM_OPTIONS);
            ServiceList.Entry listed = listed(repo, service);
            options.add("-Xms64m");
            options.add("-Xmx" + listed.heap());
            if (listed.jit().equals(ServiceList.JIT_C1)) {
                options.add("-XX:TieredStopAtLevel=1");
            }
            Path archive = appCdsArchive(repo, service);
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
            }
            options.add("-Xshare:auto");
        }
        options.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        return options;
    }

    private static ServiceList.Entry listed(Path repo, Service service) {
        try {
            return ServiceList.read(repo).named(service.module());
        } catch (RuntimeException e) {
            return new ServiceList.Entry(service, 0);
        }
    }

    private ServiceProcesses() {
    }

    public static Path runJar(Path repo, Service service) {
        return repo.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts one service on {@code port}. {@code upstreamPorts} (area → port) is the gateway's routing and
     * ignored for the others.
     */
    public static ChildJvm launch(Path repo, Service service, int port, Environment env, Map<String, Integer> upstreamPorts,
            Path logFile) {
        return launch(repo, service, port, env, upstreamPorts, logFile, Map.of());
    }

    /** As above, with {@code extraEnvironment} set last (e.g. {@code JIEDAO_GATEWAY_RATE_LIMIT_ENABLED=false}). */
    public static ChildJvm launch(Path repo, Service service, int port, Environment env, Map<String, Integer> upstreamPorts,
            Path logFile, Map<String, String> extraEnvironment) {
        Path moduleDir = repo.resolve(service.module());
        JvmSettings settings = JvmSettings.current();
        ChildJvm.Builder builder = ChildJvm.builder(service.module())
                // WatchedMain ends the service if its launcher dies; quarkus-run.jar's manifest brings the rest.
                // quarkus-run.jar comes first: the AppCDS archive was made with it alone on the class path, and
                // an archive is used only while the class path starts with the one it was made with.
                .classpath(runJar(repo, service) + File.pathSeparator + ChildJvm.localInfraClasses())
                .mainClass(WatchedMain.class.getName())
                .arguments("io.quarkus.bootstrap.runner.QuarkusEntryPoint")
                .jvmOptions(jvmOptions(repo, service, settings).toArray(String[]::new))
                .workingDirectory(moduleDir)
                .logFile(logFile)
                .ownSession(true)
                .environment("QUARKUS_HTTP_PORT", Integer.toString(port))
                .environment("KAFKA_BOOTSTRAP_SERVERS", env.kafkaBootstrapServers())
                .environment("MP_JWT_VERIFY_PUBLICKEY_LOCATION", env.jwtPublicKey().toAbsolutePath().toString())
                .environment("MP_JWT_VERIFY_ISSUER", env.issuer())
                // safety-service keeps the key sets of its key-person registry beside the token keys
                .environment("JIEDAO_SAFETY_KEYS_LOCAL_DIRECTORY",
                        env.jwtPublicKey().toAbsolutePath().getParent().toString());
        if (service.database() != null) {
            builder.environment("QUARKUS_DATASOURCE_JDBC_URL",
                            PostgresDatabases.jdbcUrl(env.postgresPort(), service.database()))
                    .environment("QUARKUS_DATASOURCE_USERNAME", PostgresDatabases.USERNAME)
                    .environment("QUARKUS_DATASOURCE_PASSWORD", PostgresDatabases.PASSWORD);
        }
        if (service.area() == null) {
            upstreamPorts.forEach((area, upstreamPort) -> builder.environment(
                    "JIEDAO_GATEWAY_UPSTREAMS_" + area.toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                    "http://127.0.0.1:" + upstreamPort));
        }
        if (settings == JvmSettings.TUNED) {
            // glibc keeps up to 8 malloc arenas per core, each holding freed memory: two are enough for a
            // service and keep its resident memory down (the Dockerfile sets the same).
            builder.environment("MALLOC_ARENA_MAX", "2");
        }
        extraEnvironment.forEach(builder::environment);
        return builder.start();
    }

    /**
     * Waits until {@code /q/health/ready} answers 200; fails with the tail of the service's log if it exits
     * or is not ready in time. Returns early, without failing, when {@code cancelled} turns true.
     */
    public static void awaitReady(Service service, int port, ChildJvm process, Duration timeout, BooleanSupplier cancelled) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited before it was ready. Last lines of "
                        + process.logFile() + ":\n" + process.logTail(40));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            ChildJvm.sleep(500);
        }
        throw new IllegalStateException(service.module() + " was not ready on port " + port + " within "
                + timeout.toSeconds() + " s (last answer: " + last + "). Last lines of "
                + process.logFile() + ":\n" + process.logTail(40));
    }
}

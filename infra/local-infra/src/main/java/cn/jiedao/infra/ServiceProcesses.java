package cn.jiedao.infra;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
        ChildJvm.Builder builder = ChildJvm.builder(service.module())
                // WatchedMain ends the service if its launcher dies; quarkus-run.jar's manifest brings the rest.
                .classpath(ChildJvm.localInfraClasses() + File.pathSeparator + runJar(repo, service))
                .mainClass(WatchedMain.class.getName())
                .arguments("io.quarkus.bootstrap.runner.QuarkusEntryPoint")
                .jvmOptions("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
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

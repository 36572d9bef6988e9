package cn.jiedao.infra.demo;

import cn.jiedao.infra.Arguments;
import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.TokenMinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./jiedao demo}: records the report's 2023 records (resource {@code demo/bayuehu-2023.json}) through the
 * gateway's public API, each kind by a member of staff with the role for it, so that
 * {@code GET /api/reports/annual/2023?through=2023-10} gives the figures of section 一 of the work report.
 * Running it again adds nothing. Prints a line per kind; exits 1 with the problem's detail when a request is
 * refused.
 *
 * <p>Options: {@code --gateway=URL} (default http://localhost:8080), {@code --kafka=host:port} (default
 * localhost:9092), {@code --keys=DIR} (the key pair, default {@code <repo>/.jiedao/keys}), {@code --repo=DIR},
 * {@code --rate=N} (requests a minute per member of staff, default 560: under the gateway's 600).
 */
public final class Demo {

    static final String DATA = "/demo/bayuehu-2023.json";

    private final URI gateway;
    private final String kafka;
    private final TokenMinter minter;
    private final HttpClient http;
    private final int perMinute;
    private final JsonNode data;
    private final Recorder recorder;
    private final Map<String, Staff> staff = new ConcurrentHashMap<>();

    Demo(URI gateway, String kafka, TokenMinter minter, int perMinute, PrintStream out) {
        this.gateway = gateway;
        this.kafka = kafka;
        this.minter = minter;
        this.perMinute = perMinute;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.recorder = new Recorder(out);
        try (InputStream in = Demo.class.getResourceAsStream(DATA)) {
            this.data = Staff.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DATA, e);
        }
    }

    JsonNode data() {
        return data;
    }

    int year() {
        return data.path("year").asInt();
    }

    int throughMonth() {
        return data.path("throughMonth").asInt();
    }

    String kafka() {
        return kafka;
    }

    Recorder recorder() {
        return recorder;
    }

    /** The member of staff {@code subject} with {@code role}: one token and one request pace per subject. */
    Staff staff(String subject, String role) {
        return staff.computeIfAbsent(subject, s -> new Staff(s, role,
                minter.mint(s, List.of(role), Duration.ofHours(2)), gateway, http, perMinute));
    }

    /** Records everything: the areas at once, each by its own staff; the volunteers' activities after the disputes they helped with. */
    void run() {
        Mediation2023 mediation = new Mediation2023(this);
        Hub2023 hub = new Hub2023(this);
        Safety2023 safety = new Safety2023(this);
        ExecutorService areas = Executors.newFixedThreadPool(12);
        try {
            CompletableFuture<Void> disputes = CompletableFuture.runAsync(mediation::run, areas);
            List<CompletableFuture<Void>> all = List.of(
                    disputes,
                    CompletableFuture.runAsync(() -> new Economy2023(this).run(), areas),
                    CompletableFuture.runAsync(safety::runSafety, areas),
                    CompletableFuture.runAsync(safety::runDiscipline, areas),
                    CompletableFuture.runAsync(safety::runKeyPersons, areas),
                    CompletableFuture.runAsync(safety::runDemolitions, areas),
                    CompletableFuture.runAsync(hub::runOneWindow, areas),
                    CompletableFuture.runAsync(hub::runDirectory, areas),
                    CompletableFuture.allOf(disputes, CompletableFuture.runAsync(hub::runTeams, areas))
                            .thenRunAsync(() -> hub.runActivities(() -> mediation.caseNumbersHelpedByVolunteers(
                                    data.path("hub").path("volunteerActivities").path("disputesHelped").asInt())),
                                    areas));
            join(all);
        } finally {
            areas.shutdownNow();
        }
    }

    /** Waits for each; the first failure is thrown (a refusal as it was). */
    static void join(List<? extends Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Staff.Refused("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Staff.Refused("interrupted");
        }
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command: 0 when everything is recorded, 1 when a request was refused, 2 on a wrong invocation. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = Arguments.parse(args);
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        Path keys = options.containsKey("keys") ? Path.of(options.get("keys")) : repo.resolve(".jiedao/keys");
        if (!JwtKeyPair.existsIn(keys)) {
            err.println("No key pair in " + keys + ": start the stack first (./jiedao up).");
            return 2;
        }
        String issuer = Optional.ofNullable(System.getenv("JIEDAO_JWT_ISSUER")).orElse(TokenMinter.LOCAL_ISSUER);
        TokenMinter minter = new TokenMinter(JwtKeyPair.load(keys).privateKey(), issuer, Clock.systemUTC());
        URI gateway = URI.create(options.getOrDefault("gateway", "http://localhost:8080"));
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        int rate = Integer.parseInt(options.getOrDefault("rate", "560"));
        long started = System.nanoTime();
        out.println("Recording the report's 2023 records through " + gateway + " (Kafka " + kafka + ") ...");
        try {
            new Demo(gateway, kafka, minter, rate, out).run();
        } catch (Staff.Refused refused) {
            out.flush();
            err.println("Refused: " + refused.getMessage());
            return 1;
        }
        out.printf("Done in %d s. The report: curl -H \"Authorization: Bearer $(./jiedao token leader)\" "
                + "-H 'Accept: text/markdown' '%s/api/reports/annual/2023?through=2023-10'%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), gateway);
        return 0;
    }
}

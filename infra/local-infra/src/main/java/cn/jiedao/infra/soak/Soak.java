package cn.jiedao.infra.soak;

import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.LocalKafka;
import cn.jiedao.infra.LocalPostgres;
import cn.jiedao.infra.ProcessMemory;
import cn.jiedao.infra.ServiceList;
import cn.jiedao.infra.ServiceProcesses;
import cn.jiedao.infra.TokenMinter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./jiedao soak [--minutes=10] [--rate=50]}: a benchmark, not a test. Starts a stack of its own (the
 * packaged services of {@code deploy/services.txt}, a fresh PostgreSQL and Kafka, all on free ports, data and
 * logs in {@code .jiedao/soak/}, replaced at the next run; it does not touch {@code ./jiedao up}'s data or ports) and sends a mixed read/write load through the gateway at a
 * steady rate (open loop: a request is sent every 1/rate s whether or not the earlier ones have answered).
 * Every minute it prints the requests sent, the errors (an answer other than 2xx, or none within 10 s;
 * goal 0), the 50th, 99th and highest latency of the minute, and each service's resident memory (VmRSS of
 * {@code /proc/<pid>/status}; goal: flat). The load stops by itself after {@code --minutes}.
 *
 * <p>The mix, per 20 requests: 6 complaints registered in mediation (each an event to safety, which opens a
 * case), 1 dispute read back by id, 4 dispute lists, 3 safety case lists, 2 statistical-unit lists, 2 hub
 * code lists, 1 economy census summary, 1 gateway readiness. The clients are spread over tokens of several
 * subjects, so the gateway's per-client rate limit (600 a minute) is not what is measured.
 */
public final class Soak {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_IN_FLIGHT = 200;
    private static final List<String> ROLES = List.of("grid-worker", "mediator", "safety-officer", "economy-officer",
            "hub-staff");

    private final Path repo;
    private final int minutes;
    private final int rate;
    private final Path home;
    private final List<Runnable> stopActions = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ChildJvm> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final List<String> disputeIds = Collections.synchronizedList(new ArrayList<>());
    private final Random random = new Random(20231231L);
    private String gateway;
    private List<String> tokens;

    private Soak(Path repo, int minutes, int rate) {
        this.repo = repo;
        this.minutes = minutes;
        this.rate = rate;
        this.home = repo.resolve(".jiedao/soak");
    }

    public static void main(String[] args) throws Exception {
        Path repo = ServiceList.repository();
        int minutes = 10;
        int rate = 50;
        for (String arg : args) {
            if (arg.startsWith("--minutes=")) {
                minutes = Integer.parseInt(arg.substring("--minutes=".length()));
            } else if (arg.startsWith("--rate=")) {
                rate = Integer.parseInt(arg.substring("--rate=".length()));
            } else if (arg.startsWith("--repo=")) {
                repo = Path.of(arg.substring("--repo=".length()));
            } else {
                System.err.println("usage: ./jiedao soak [--minutes=10] [--rate=50]");
                System.exit(2);
            }
        }
        if (minutes < 1 || minutes > 24 * 60 || rate < 1 || rate > 1000) {
            System.err.println("--minutes must be 1 to 1440 and --rate 1 to 1000 requests a second");
            System.exit(2);
        }
        Soak soak = new Soak(repo.toAbsolutePath().normalize(), minutes, rate);
        Runtime.getRuntime().addShutdownHook(new Thread(soak::stopAll, "soak-stop"));
        soak.run();
        System.exit(0);
    }

    private void run() throws Exception {
        deleteRecursively(home);
        Files.createDirectories(home.resolve("logs"));
        System.out.println("Starting a stack of its own on free ports (data and logs in " + repo.relativize(home) + ") ...");
        long started = System.nanoTime();
        ServiceList list = ServiceList.read(repo);
        int[] infraPorts = FreePorts.allocate(3);
        LocalPostgres postgres = new LocalPostgres(infraPorts[0], home.resolve("postgres"), false, list.databases(),
                home.resolve("logs/postgres.log"));
        LocalKafka kafka = new LocalKafka(infraPorts[1], infraPorts[2], home.resolve("kafka"), home.resolve("logs/kafka.log"));
        postgres.launch(false);
        stopActions.add(postgres::stop);
        kafka.launch(false);
        stopActions.add(kafka::stop);
        postgres.awaitReady();
        kafka.awaitReady();
        JwtKeyPair keys = JwtKeyPair.loadOrCreate(home.resolve("keys"));
        var env = new ServiceProcesses.Environment(postgres.port(), kafka.bootstrapServers(), keys.publicKeyPath(),
                TokenMinter.LOCAL_ISSUER);
        List<ServiceList.Entry> entries = list.services().stream().map(s -> list.named(s.module())).toList();
        int[] ports = FreePorts.allocate(entries.size());
        Map<String, Integer> areaPorts = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).area() != null) {
                areaPorts.put(entries.get(i).area(), ports[i]);
            }
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ServiceProcesses.Service service = entries.get(i).service();
            int port = ports[i];
            ChildJvm process = ServiceProcesses.launch(repo, service, port, env, areaPorts,
                    home.resolve("logs/" + service.module() + ".log"));
            services.put(service.module(), process);
            stopActions.add(() -> process.stop(Duration.ofSeconds(30)));
            if (service.area() == null) {
                gateway = "http://127.0.0.1:" + port;
            }
            ready.add(CompletableFuture.runAsync(() ->
                    ServiceProcesses.awaitReady(service, port, process, Duration.ofSeconds(240), () -> false)));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        System.out.printf("Stack ready in %d s: gateway %s, %d services.%n",
                (System.nanoTime() - started) / 1_000_000_000L, gateway, services.size());

        TokenMinter minter = new TokenMinter(keys.privateKey());
        int clients = Math.max(4, rate * 60 / 300 + 1); // each client well under 600 a minute
        tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add("Bearer " + minter.mint("soak-" + i, ROLES, Duration.ofMinutes(minutes + 30L)));
        }
        load();
    }

    /** One minute's figures. */
    private static final class Minute {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    }

    private void load() throws InterruptedException {
        System.out.printf("Load: %d requests a second through the gateway for %d minutes (%d clients).%n",
                rate, minutes, tokens.size());
        System.out.printf("%-6s %7s %6s %7s %7s %7s   %s%n", "minute", "sent", "errors", "p50 ms", "p99 ms",
                "max ms", "RSS MiB " + String.join(" ", services.keySet()));
        Minute[] figures = new Minute[minutes];
        for (int i = 0; i < minutes; i++) {
            figures[i] = new Minute();
        }
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.MINUTES.toNanos(minutes);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (now >= end) {
                return;
            }
            Minute minute = figures[(int) ((now - start) / 60_000_000_000L)];
            minute.sent.incrementAndGet();
            if (!inFlight.tryAcquire()) {
                minute.errors.incrementAndGet();
                minute.errorKinds.computeIfAbsent("more than " + MAX_IN_FLIGHT + " in flight", k -> new AtomicInteger())
                        .incrementAndGet();
                return;
            }
            long n = sequence.getAndIncrement();
            HttpRequest request = next(n);
            long sentAt = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                inFlight.release();
                minute.latencies.add((System.nanoTime() - sentAt) / 1_000_000);
                if (failure != null || response.statusCode() / 100 != 2) {
                    minute.errors.incrementAndGet();
                    String kind = failure != null ? failure.getClass().getSimpleName()
                            : response.statusCode() + " " + request.method() + " "
                                    + request.uri().getPath().replaceAll("/[0-9a-f-]{36}", "/{id}");
                    minute.errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                } else if (response.statusCode() == 201 && disputeIds.size() < 10_000) {
                    String body = response.body();
                    int at = body.indexOf("\"id\":\"");
                    if (at >= 0) {
                        disputeIds.add(body.substring(at + 6, body.indexOf('"', at + 6)));
                    }
                }
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        for (int m = 0; m < minutes; m++) {
            long minuteEnd = start + TimeUnit.MINUTES.toNanos(m + 1);
            while (System.nanoTime() < minuteEnd) {
                Thread.sleep(Math.max(1, Math.min(1000, (minuteEnd - System.nanoTime()) / 1_000_000)));
            }
            if (m == minutes - 1) {
                ticker.shutdown();
                // the last answers (at most the request timeout)
                inFlight.tryAcquire(MAX_IN_FLIGHT, REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            } else {
                Thread.sleep(REQUEST_TIMEOUT.toMillis() / 20); // a moment for the minute's last answers
            }
            print(m + 1, figures[m]);
        }
        int sent = 0;
        int errors = 0;
        List<Long> all = new ArrayList<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Minute minute : figures) {
            sent += minute.sent.get();
            errors += minute.errors.get();
            all.addAll(minute.latencies);
            minute.errorKinds.forEach((k, v) -> kinds.merge(k, v.get(), Integer::sum));
        }
        Collections.sort(all);
        System.out.printf("Total: %d requests, %d errors%s; p50 %d ms, p99 %d ms, max %d ms.%n", sent, errors,
                kinds.isEmpty() ? "" : " " + kinds, percentile(all, 50), percentile(all, 99),
                all.isEmpty() ? 0 : all.get(all.size() - 1));
    }

    private void print(int minute, Minute figures) {
        List<Long> latencies = new ArrayList<>(figures.latencies);
        Collections.sort(latencies);
        StringBuilder rss = new StringBuilder();
        services.forEach((module, process) -> rss.append(String.format(" %5d", ProcessMemory.rssMiB(process.pid()))));
        System.out.printf("%-6d %7d %6d %7d %7d %7d   %s%s%n", minute, figures.sent.get(), figures.errors.get(),
                percentile(latencies, 50), percentile(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), rss.toString().strip(),
                figures.errorKinds.isEmpty() ? "" : "   errors: " + figures.errorKinds);
        System.out.flush();
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Request number {@code n} of the mix (20 kinds in turn, see the class comment). */
    private HttpRequest next(long n) {
        String token = tokens.get((int) (n % tokens.size()));
        int slot = (int) (n % 20);
        if (slot < 6) {
            String body = """
                    {"channel": "GRID_REPORT", "category": "MUNICIPAL_ILLEGAL_CONSTRUCTION", "summary": "楼顶违章搭建",
                     "address": "幸福时光小区%d栋", "gridCode": "360121001001001", "illegalStructure": true}"""
                    .formatted(n % 50);
            return request("/api/mediation/disputes", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
        String path = switch (slot) {
            case 6 -> disputeIds.isEmpty() ? "/api/mediation/disputes"
                    : "/api/mediation/disputes/" + disputeIds.get(random(disputeIds.size()));
            case 7, 8, 9, 10 -> "/api/mediation/disputes?page=" + (n / 20 % 5) + "&size=20";
            case 11, 12, 13 -> "/api/safety/illegal-construction-cases?size=20";
            case 14, 15 -> "/api/economy/units?size=20";
            case 16, 17 -> "/api/hub/codes";
            case 18 -> "/api/economy/census/summary";
            default -> "/q/health/ready";
        };
        return request(path, token).GET().build();
    }

    private synchronized int random(int bound) {
        return random.nextInt(bound);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", token).header("Accept", "application/json");
    }

    private void stopAll() {
        List<Runnable> actions = new ArrayList<>(stopActions);
        stopActions.clear();
        Collections.reverse(actions);
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("[soak] " + e.getMessage());
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}

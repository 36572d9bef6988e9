package cn.jiedao.infra.bench;

import cn.jiedao.infra.Arguments;
import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.ProcessMemory;
import cn.jiedao.infra.ServiceList;
import cn.jiedao.infra.ServiceProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code ./jiedao bench gateway}: the gateway beside nginx on the same upstream. Starts the stack of
 * {@code deploy/services.txt} on free ports ({@link BenchStack}, data in {@code .jiedao/bench/gateway/}), an
 * nginx of Debian's package (installed with apt-get if missing, together with wrk) as an unprivileged
 * configuration of its own on a free port, {@code proxy_pass} to mediation-service through a keep-alive
 * upstream pool, and drives {@code GET /api/mediation/codes} with wrk (2 threads, 32 connections) three ways:
 * mediation-service directly, through nginx and through the gateway, in rounds that take turns so that a
 * busy machine weighs on all three alike. Prints each round, then the median of the rounds (req/s, p50, p99)
 * and the ratios against the goals of issue 13 (gateway ≥ 0.9× nginx with p99 ≤ nginx + 1 ms; ≥ 0.8× direct).
 *
 * <p>Options: {@code --seconds=20} per measurement, {@code --warmup=15} per target before the rounds,
 * {@code --rounds=3}, {@code --connections=32}, {@code --jvm=tuned|legacy} (the services' JVM settings,
 * {@link ServiceProcesses#JVM_SETTINGS_PROPERTY}), {@code --profile} (a JFR recording of the gateway during
 * one more round, not counted, summarised as its hottest frames and allocation sites; the file stays in the
 * data directory), {@code --repo=DIR}. The gateway's rate limit stays on, with a capacity no benchmark reaches, so
 * its bucket is consulted on every request as in production.
 */
public final class GatewayBench {

    static final String PATH = "/api/mediation/codes";

    private GatewayBench() {
    }

    /** One wrk run. */
    record Result(String target, double requestsPerSecond, double p50Millis, double p99Millis, long requests,
            long errors, double proxyCpuMicros, double serviceCpuMicros) {
    }

    /** CPU time (user + system, all threads) of some processes, in microseconds; the JVM or nginx and its workers. */
    static long cpuMicros(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            } catch (IOException | RuntimeException e) {
                // gone
            }
        }
        return ticks * 1_000_000L / CLOCK_TICKS;
    }

    /**
     * Client sockets to {@code port} on this host ({@code /proc/net/tcp}): established, and in TIME_WAIT (closed
     * within the last minute: many of them mean connections are opened per request instead of reused).
     */
    static int[] socketsTo(int port) {
        int established = 0;
        int timeWait = 0;
        String hexPort = String.format(":%04X", port);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/net/tcp"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[2].endsWith(hexPort)) {
                    if (f[3].equals("01")) {
                        established++;
                    } else if (f[3].equals("06")) {
                        timeWait++;
                    }
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return new int[] {established, timeWait};
    }

    /** USER_HZ of /proc/<pid>/stat: 100 on Linux (getconf CLK_TCK). */
    private static final long CLOCK_TICKS = 100;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        Path repo = BenchStack.repo(options);
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "32"));
        boolean profile = options.containsKey("profile");
        String jvm = options.getOrDefault("jvm", ServiceProcesses.JvmSettings.TUNED.label());
        System.setProperty(ServiceProcesses.JVM_SETTINGS_PROPERTY, jvm);
        ServiceProcesses.JvmSettings settings = ServiceProcesses.JvmSettings.current();
        ensureTools();

        ServiceList list = ServiceList.read(repo);
        BenchStack.Builder builder = BenchStack.of(repo, "gateway").kafka()
                .services(list.modules().toArray(String[]::new))
                // The bucket is still taken from on every request; no run comes near a billion a minute.
                .environment("gateway", "JIEDAO_GATEWAY_RATE_LIMIT_CAPACITY", "1000000000");
        System.out.printf("[bench gateway] %s, services' JVM settings: %s%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), settings.describe());
        try (BenchStack stack = builder.start(); Nginx nginx = Nginx.start(stack.home().resolve("nginx"),
                stack.url("mediation-service"))) {
            String token = stack.bearer("bench-gateway", "mediator");
            Map<String, List<Long>> proxies = new LinkedHashMap<>();
            proxies.put("direct", List.of());
            proxies.put("nginx", nginx.pids());
            proxies.put("gateway", List.of(stack.process("gateway").pid()));
            List<Long> service = List.of(stack.process("mediation-service").pid());
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", stack.url("mediation-service") + PATH);
            targets.put("nginx", nginx.url() + PATH);
            targets.put("gateway", stack.url("gateway") + PATH);
            checkSameAnswer(targets, token);
            System.out.printf("[bench gateway] load average before: %s%n", loadAverage());
            for (Map.Entry<String, String> target : targets.entrySet()) {
                Result result = wrk(target.getKey(), target.getValue(), token, connections, warmup, List.of(), service);
                System.out.printf("  warm-up %-8s %8.0f req/s%n", target.getKey(), result.requestsPerSecond());
            }
            Map<String, List<Result>> results = new LinkedHashMap<>();
            System.out.printf("%-6s %-8s %9s %8s %8s %9s %7s %10s %10s%n", "round", "target", "req/s", "p50 ms",
                    "p99 ms", "requests", "errors", "proxy CPU", "service CPU");
            Path recording = stack.home().resolve("gateway.jfr");
            for (int round = 1; round <= rounds; round++) {
                for (Map.Entry<String, String> target : targets.entrySet()) {
                    Result result = wrk(target.getKey(), target.getValue(), token, connections, seconds,
                            proxies.get(target.getKey()), service);
                    results.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(result);
                    if (round == 1) {
                        int[] sockets = socketsTo(URI.create(stack.url("mediation-service")).getPort());
                        System.out.printf("       (connections to mediation-service after it: %d established,"
                                + " %d in TIME_WAIT)%n", sockets[0], sockets[1]);
                    }
                    System.out.printf("%-6d %-8s %9.0f %8.2f %8.2f %9d %7d %7.0f µs %7.0f µs%n", round,
                            result.target(), result.requestsPerSecond(), result.p50Millis(), result.p99Millis(),
                            result.requests(), result.errors(), result.proxyCpuMicros(), result.serviceCpuMicros());
                }
            }
            System.out.printf("[bench gateway] load average after: %s%n", loadAverage());
            summary(results, seconds, rounds, connections, settings);
            System.out.printf("RSS after the load (MiB): gateway %d, mediation-service %d%n",
                    ProcessMemory.rssMiB(stack.process("gateway").pid()), ProcessMemory.rssMiB(stack.process("mediation-service").pid()));
            if (profile) {
                // A round of its own, not counted: the recording slows the gateway down.
                jcmd(stack.process("gateway").pid(), "JFR.start", "name=bench", "settings=profile",
                        "filename=" + recording);
                Result recorded = wrk("gateway", targets.get("gateway"), token, connections, seconds,
                        proxies.get("gateway"), service);
                jcmd(stack.process("gateway").pid(), "JFR.stop", "name=bench");
                System.out.printf("%nRecorded round (not counted): gateway %.0f req/s, %.0f µs CPU a request%n",
                        recorded.requestsPerSecond(), recorded.proxyCpuMicros());
                printProfile(recording);
            }
        }
    }

    private static void summary(Map<String, List<Result>> results, int seconds, int rounds, int connections,
            ServiceProcesses.JvmSettings settings) {
        System.out.println();
        System.out.printf("GET %s, wrk 2 threads %d connections, median of %d rounds of %d s (JVM: %s)%n", PATH,
                connections, rounds, seconds, settings.label());
        System.out.printf("%-8s %9s %8s %8s %12s %12s%n", "target", "req/s", "p50 ms", "p99 ms", "proxy CPU",
                "service CPU");
        Map<String, Result> median = new LinkedHashMap<>();
        results.forEach((target, runs) -> {
            Result m = new Result(target, median(runs, Result::requestsPerSecond), median(runs, Result::p50Millis),
                    median(runs, Result::p99Millis), runs.stream().mapToLong(Result::requests).sum(),
                    runs.stream().mapToLong(Result::errors).sum(), median(runs, Result::proxyCpuMicros),
                    median(runs, Result::serviceCpuMicros));
            median.put(target, m);
            System.out.printf("%-8s %9.0f %8.2f %8.2f %9.0f µs %9.0f µs%s%n", target, m.requestsPerSecond(),
                    m.p50Millis(), m.p99Millis(), m.proxyCpuMicros(), m.serviceCpuMicros(),
                    m.errors() == 0 ? "" : "   (" + m.errors() + " errors)");
        });
        System.out.println("(CPU: user + system time of the proxy's processes, resp. mediation-service's, per request;"
                + " unlike req/s it hardly depends on what else the machine runs)");
        Result gateway = median.get("gateway");
        Result nginx = median.get("nginx");
        Result direct = median.get("direct");
        double vsNginx = gateway.requestsPerSecond() / nginx.requestsPerSecond();
        double vsDirect = gateway.requestsPerSecond() / direct.requestsPerSecond();
        double p99Over = gateway.p99Millis() - nginx.p99Millis();
        System.out.printf("gateway / nginx  throughput %.2f× (goal ≥ 0.90×) %s; p99 %+.2f ms over nginx (goal ≤ +1 ms) %s%n",
                vsNginx, vsNginx >= 0.9 ? "met" : "NOT met", p99Over, p99Over <= 1.0 ? "met" : "NOT met");
        System.out.printf("gateway / direct throughput %.2f× (goal ≥ 0.80×) %s%n", vsDirect,
                vsDirect >= 0.8 ? "met" : "NOT met");
        System.out.printf("nginx / direct   throughput %.2f×%n", nginx.requestsPerSecond() / direct.requestsPerSecond());
    }

    private static double median(List<Result> runs, java.util.function.ToDoubleFunction<Result> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The three ways must give the same answer, or the comparison means nothing. */
    private static void checkSameAnswer(Map<String, String> targets, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String first = null;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(target.getValue()))
                    .header("Authorization", token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(target.getKey() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (first == null) {
                first = response.body();
            } else if (!first.equals(response.body())) {
                throw new IllegalStateException(target.getKey() + " answered another body than direct");
            }
        }
        System.out.printf("[bench gateway] %s answers 200 alike three ways (%d bytes)%n", PATH,
                first.getBytes(StandardCharsets.UTF_8).length);
    }

    // ---- wrk ---------------------------------------------------------------------------------------------

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    static Result wrk(String target, String url, String token, int connections, int seconds, List<Long> proxy,
            List<Long> service) {
        long proxyBefore = cpuMicros(proxy);
        long serviceBefore = cpuMicros(service);
        List<String> command = List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", "-H", "Authorization: " + token, url);
        String out = run(command, Duration.ofSeconds(seconds + 60L));
        long proxyCpu = cpuMicros(proxy) - proxyBefore;
        long serviceCpu = cpuMicros(service) - serviceBefore;
        Matcher rps = REQUESTS_PER_SECOND.matcher(out);
        Matcher requests = REQUESTS.matcher(out);
        if (!rps.find() || !requests.find()) {
            throw new IllegalStateException("cannot read wrk's output:\n" + out);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        long count = Math.max(1, Long.parseLong(requests.group(1)));
        return new Result(target, Double.parseDouble(rps.group(1)), latency(out, "50%"), latency(out, "99%"),
                count, errors, (double) proxyCpu / count, (double) serviceCpu / count);
    }

    /** A line of wrk's latency distribution, e.g. {@code "     99%   12.34ms"}, in milliseconds. */
    static double latency(String wrkOutput, String percentile) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$")
                .matcher(wrkOutput);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + wrkOutput);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    // ---- nginx -------------------------------------------------------------------------------------------

    /** nginx in the foreground with a configuration of its own; stopped (SIGTERM: fast shutdown) on close. */
    static final class Nginx implements AutoCloseable {
        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx start(Path prefix, String upstreamUrl) throws IOException {
            URI upstream = URI.create(upstreamUrl);
            int port = FreePorts.allocate(1)[0];
            Files.createDirectories(prefix.resolve("logs"));
            Files.createDirectories(prefix.resolve("temp"));
            Path conf = prefix.resolve("nginx.conf");
            // As in the gateway: one keep-alive pool to the service (whose connections, like the gateway's, are not
            // closed after nginx's default of 1,000 requests each), HTTP/1.1, X-Forwarded-* set, no access log.
            Files.writeString(conf, """
                    worker_processes auto;
                    error_log %1$s/logs/error.log warn;
                    pid %1$s/nginx.pid;
                    events { worker_connections 1024; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/temp/body;
                        proxy_temp_path %1$s/temp/proxy;
                        fastcgi_temp_path %1$s/temp/fastcgi;
                        uwsgi_temp_path %1$s/temp/uwsgi;
                        scgi_temp_path %1$s/temp/scgi;
                        upstream mediation {
                            server %2$s:%3$d;
                            keepalive 64;
                            keepalive_requests 1000000;
                        }
                        server {
                            listen 127.0.0.1:%4$d;
                            location / {
                                proxy_pass http://mediation;
                                proxy_http_version 1.1;
                                proxy_set_header Connection "";
                                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                                proxy_set_header X-Forwarded-Proto $scheme;
                                proxy_set_header X-Forwarded-Host $host;
                            }
                        }
                    }
                    """.formatted(prefix.toAbsolutePath(), upstream.getHost(), upstream.getPort(), port));
            Process process = new ProcessBuilder("nginx", "-p", prefix.toAbsolutePath().toString(), "-c",
                    conf.toAbsolutePath().toString(), "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("logs/nginx.out").toFile()))
                    .start();
            Nginx nginx = new Nginx(process, port);
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("logs/nginx.out"))
                            + Files.readString(prefix.resolve("logs/error.log")));
                }
                try {
                    http.send(HttpRequest.newBuilder(URI.create(nginx.url() + "/q/health/live")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    System.out.printf("[bench gateway] nginx %s on %s, proxy_pass to %s%n", nginxVersion(),
                            nginx.url(), upstreamUrl);
                    return nginx;
                } catch (IOException e) {
                    pause(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            nginx.close();
            throw new IllegalStateException("nginx did not answer on port " + port);
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        /** The master and its workers. */
        List<Long> pids() {
            List<Long> pids = new ArrayList<>(List.of(process.pid()));
            process.toHandle().children().forEach(child -> pids.add(child.pid()));
            return pids;
        }

        @Override
        public void close() {
            ChildJvm.stop(process.toHandle(), Duration.ofSeconds(10));
        }
    }

    private static String nginxVersion() {
        String out = run(List.of("nginx", "-v"), Duration.ofSeconds(10)).strip();
        return out.replace("nginx version: ", "");
    }

    /** nginx and wrk from Debian's packages, installed if missing (the machines run as root). */
    static void ensureTools() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("nginx", "wrk")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        System.out.println("[bench gateway] installing " + missing + " (apt-get install -y " + String.join(" ", missing) + ")");
        run(List.of("apt-get", "update"), Duration.ofMinutes(5));
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
        install.addAll(missing);
        run(install, Duration.ofMinutes(10));
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/usr/sbin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    // ---- profile -----------------------------------------------------------------------------------------

    static void jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        run(line, Duration.ofSeconds(60));
    }

    /** The hottest frames of a JFR recording: CPU samples by top frame, by frame anywhere, allocations by site. */
    static void printProfile(Path recording) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        // A thread's first sample weighs all it allocated before the recording started: left out.
        java.util.Set<Long> threadsSeen = new java.util.HashSet<>();
        long samples = 0;
        long allocatedBytes = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(frame(frames.get(0)), 1L, Long::sum);
                frames.stream().map(GatewayBench::frame).distinct().forEach(f -> total.merge(f, 1L, Long::sum));
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                if (event.getThread("eventThread") == null
                        || threadsSeen.add(event.getThread("eventThread").getJavaThreadId())) {
                    continue;
                }
                long weight = event.getLong("weight");
                allocatedBytes += weight;
                // the first frame of our own code or of the libraries on the path, not the JDK's collections
                String site = stack.getFrames().stream().map(GatewayBench::frame)
                        .filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun."))
                        .findFirst().orElse(frame(stack.getFrames().get(0)));
                allocated.merge(site, weight, Long::sum);
            }
        }
        System.out.printf("%nJFR of the gateway during its last round (%s): %d CPU samples%n", recording, samples);
        top("self (top frame)", self, samples, 20, "%5.1f%%");
        Map<String, Long> ours = new HashMap<>();
        total.forEach((f, n) -> {
            if (f.startsWith("cn.jiedao") || f.startsWith("io.smallrye.jwt") || f.startsWith("io.vertx.core.http")
                    || f.startsWith("io.quarkus") || f.startsWith("io.github.bucket4j")
                    || f.startsWith("org.jose4j") || f.startsWith("io.micrometer")
                    || f.startsWith("org.jboss.logmanager")) {
                ours.put(f, n);
            }
        });
        top("total (frame anywhere on the stack; gateway, JWT, Vert.x HTTP, Quarkus, metrics, logging)", ours,
                samples, 30, "%5.1f%%");
        System.out.printf("allocation samples: %d MiB estimated in the round%n", allocatedBytes >> 20);
        top("allocated by first non-JDK frame", allocated, allocatedBytes, 15, "%5.1f%%");
    }

    private static void top(String title, Map<String, Long> counts, long of, int n, String format) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(n)
                .forEach(e -> System.out.printf("    " + format + "  %s%n", 100.0 * e.getValue() / Math.max(1, of),
                        e.getKey()));
    }

    private static String frame(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    // ---- processes ---------------------------------------------------------------------------------------

    static String run(List<String> command, Duration timeout) {
        try {
            Path out = Files.createTempFile("bench", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(out.toFile()).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not finish within " + timeout);
                }
                String text = Files.readString(out);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                            + " exited with " + process.exitValue() + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", parts[0], parts[1], parts[2]);
        } catch (IOException e) {
            return "?";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}

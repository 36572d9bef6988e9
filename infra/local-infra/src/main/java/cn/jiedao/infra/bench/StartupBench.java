package cn.jiedao.infra.bench;

import cn.jiedao.infra.Arguments;
import cn.jiedao.infra.ProcessMemory;
import cn.jiedao.infra.ServiceList;
import cn.jiedao.infra.ServiceProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./jiedao bench startup}: how long the whole stack takes to be ready, and how much memory each service
 * holds after a load, with the services' JVM settings both ways ({@code legacy}: C1 only, 256 MiB of heap for
 * all, as before issue 13; {@code tuned}: {@link ServiceProcesses#COMMON_JVM_OPTIONS}, the heap of
 * {@code deploy/services.txt}, AppCDS). For each: a first start on fresh data (databases created and migrated),
 * stopped, then the warm start that {@code ./jiedao up} makes on a built stack with its data (PostgreSQL keeps
 * its data; Kafka starts afresh), timed from launching PostgreSQL to every service's readiness (the gateway's
 * means all four answer). Then a load through the gateway ({@code --load-seconds=20} for each of six requests
 * with wrk, 2 threads 16 connections: dispute registrations, which become events to safety, and the lists of
 * all four services and the annual report), and the VmRSS of each service after it (goals of issue 13: ready
 * ≤ 10 s, each service ≤ 250 MiB). Data under {@code .jiedao/bench/startup/}.
 *
 * <p>Options: {@code --jvm=both|tuned|legacy} (default both), {@code --load-seconds=20}, {@code --repo=DIR}.
 */
public final class StartupBench {

    private StartupBench() {
    }

    record Run(String settings, double firstSeconds, double warmSeconds, Map<String, Long> rssReady,
            Map<String, Long> rssAfterLoad, Map<String, Double> requestsPerSecond) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        Path repo = BenchStack.repo(options);
        String jvm = options.getOrDefault("jvm", "both");
        int loadSeconds = Integer.parseInt(options.getOrDefault("load-seconds", "20"));
        List<String> settings = jvm.equals("both") ? List.of("legacy", "tuned") : List.of(jvm);
        GatewayBench.ensureTools();
        List<String> modules = ServiceList.read(repo).modules();
        System.out.printf("[bench startup] %s, load average %s%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), GatewayBench.loadAverage());
        String previous = System.getProperty(ServiceProcesses.JVM_SETTINGS_PROPERTY);
        List<Run> runs = new ArrayList<>();
        try {
            for (String each : settings) {
                System.setProperty(ServiceProcesses.JVM_SETTINGS_PROPERTY, each);
                System.out.println("[bench startup] JVM settings " + ServiceProcesses.JvmSettings.current().describe());
                runs.add(run(repo, each, modules, loadSeconds));
            }
        } finally {
            if (previous == null) {
                System.clearProperty(ServiceProcesses.JVM_SETTINGS_PROPERTY);
            } else {
                System.setProperty(ServiceProcesses.JVM_SETTINGS_PROPERTY, previous);
            }
        }
        System.out.println();
        System.out.printf("Stack ready (PostgreSQL, Kafka and %d services; goal ≤ 10 s warm) and RSS MiB per service"
                + " (goal ≤ 250 each), load average %s now%n", modules.size(), GatewayBench.loadAverage());
        System.out.printf("%-8s %9s %9s   %-40s %-40s%n", "JVM", "first s", "warm s", "RSS ready " + short_(modules),
                "RSS after load " + short_(modules));
        for (Run run : runs) {
            System.out.printf("%-8s %9.1f %9.1f   %-40s %-40s%n", run.settings(), run.firstSeconds(), run.warmSeconds(),
                    join(run.rssReady().values()), join(run.rssAfterLoad().values()));
        }
        System.out.println("Load through the gateway, req/s:");
        for (Run run : runs) {
            System.out.printf("  %-8s %s%n", run.settings(), run.requestsPerSecond());
        }
    }

    private static Run run(Path repo, String settings, List<String> modules, int loadSeconds) throws Exception {
        long t = System.nanoTime();
        double first;
        try (BenchStack ignored = stack(repo, modules).fresh(true).start()) {
            first = (System.nanoTime() - t) / 1e9; // fresh databases, migrations
        }
        t = System.nanoTime();
        try (BenchStack stack = stack(repo, modules).fresh(false).start()) {
            double warm = (System.nanoTime() - t) / 1e9;
            System.out.printf("[bench startup] %s: first start %.1f s, warm start %.1f s%n", settings, first, warm);
            Map<String, Long> ready = rss(stack, modules);
            Map<String, Double> rates = load(stack, loadSeconds);
            Map<String, Long> after = rss(stack, modules);
            System.out.printf("[bench startup] %s: RSS MiB ready %s, after the load %s%n", settings, ready, after);
            return new Run(settings, first, warm, ready, after, rates);
        }
    }

    private static BenchStack.Builder stack(Path repo, List<String> modules) {
        return BenchStack.of(repo, "startup").kafka().services(modules.toArray(String[]::new))
                .environment("gateway", "JIEDAO_GATEWAY_RATE_LIMIT_CAPACITY", "1000000000");
    }

    private static Map<String, Double> load(BenchStack stack, int seconds) throws Exception {
        String token = stack.bearer("bench-startup", "street-admin", "leader", "mediator", "safety-officer",
                "economy-officer", "hub-staff");
        String gateway = stack.url("gateway");
        Path script = stack.home().resolve("register-dispute.lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.body = '{"channel":"GRID_REPORT","category":"MUNICIPAL_ILLEGAL_CONSTRUCTION","summary":"楼顶违章搭建",'
                    .. '"address":"幸福时光小区3栋","gridCode":"360121001001001","illegalStructure":true}'
                """);
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("POST disputes", "/api/mediation/disputes");
        requests.put("disputes", "/api/mediation/disputes?size=20");
        requests.put("cases", "/api/safety/illegal-construction-cases?size=20");
        requests.put("units", "/api/economy/units?size=20");
        requests.put("hub codes", "/api/hub/codes");
        requests.put("annual report", "/api/reports/annual/2023?through=2023-10");
        Map<String, Double> rates = new LinkedHashMap<>();
        for (Map.Entry<String, String> request : requests.entrySet()) {
            List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d" + seconds + "s", "--timeout",
                    "10s", "-H", "Authorization: " + token));
            if (request.getKey().startsWith("POST")) {
                command.addAll(List.of("-s", script.toString()));
            }
            command.add(gateway + request.getValue());
            String out = GatewayBench.run(command, java.time.Duration.ofSeconds(seconds + 60L));
            java.util.regex.Matcher rps = java.util.regex.Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
            java.util.regex.Matcher non2xx = java.util.regex.Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)")
                    .matcher(out);
            double rate = rps.find() ? Math.round(Double.parseDouble(rps.group(1))) : -1;
            rates.put(request.getKey(), rate);
            System.out.printf("  load %-14s %6.0f req/s%s%n", request.getKey(), rate,
                    non2xx.find() ? "  (" + non2xx.group(1) + " answers not 2xx)" : "");
        }
        return rates;
    }

    private static Map<String, Long> rss(BenchStack stack, List<String> modules) {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String module : modules) {
            rss.put(module, ProcessMemory.rssMiB(stack.process(module).pid()));
        }
        return rss;
    }

    private static String short_(List<String> modules) {
        return String.join("/", modules.stream().map(m -> m.replace("-service", "").replace("services-", "")).toList());
    }

    private static String join(java.util.Collection<Long> values) {
        return String.join("/", values.stream().map(String::valueOf).toList());
    }
}

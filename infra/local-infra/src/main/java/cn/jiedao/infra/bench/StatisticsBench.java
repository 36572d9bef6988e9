package cn.jiedao.infra.bench;

import cn.jiedao.infra.Arguments;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code ./jiedao bench statistics [--disputes=1000000] [--units=200000] [--requests=50] [--generate]
 * [--slow-queries]}: the
 * figures at scale. A generator fills the bench's own databases ({@code .jiedao/bench/statistics/}, kept
 * between runs; {@code --generate} fills them afresh) with {@code COPY}: {@code --disputes} disputes received
 * over five years (2019–2023, each with its REGISTER step in the history, 1 in 200 also helped by volunteers)
 * and {@code --units} census units. Then, {@code --requests} times each after a warm-up, p50/p95 of:
 * mediation statistics for the five years and for one year (2023) through the API, against the anchor, the
 * bare SQL grouping of the same disputes by category, channel and status; the census summary through the API
 * against its bare SQL. Goal: p95 ≤ 50 ms.
 */
public final class StatisticsBench {

    static final String[] CATEGORIES = {"PROPERTY_MANAGEMENT", "CONSUMER", "LITIGATION_RELATED",
            "MUNICIPAL_ILLEGAL_CONSTRUCTION", "MARRIAGE_FAMILY", "LABOR", "NEIGHBOR", "OTHER"};
    static final String[] CHANNELS = {"WALK_IN", "PEOPLES_BRIDGE", "ROUND_TABLE", "GRID_REPORT", "DEPUTY_STATION",
            "POLICE_REFERRAL", "HOTLINE_12345", "VOLUNTEER"};

    private StatisticsBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int disputes = Integer.parseInt(options.getOrDefault("disputes", "1000000"));
        int units = Integer.parseInt(options.getOrDefault("units", "200000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "50"));
        boolean generate = options.containsKey("generate");
        var repo = BenchStack.repo(options);
        var builder = BenchStack.of(repo, "statistics").fresh(generate).kafka()
                .services("economy-service", "mediation-service");
        if (options.containsKey("slow-queries")) { // the services log each SQL statement slower than 10 ms
            builder.environment("mediation-service", "QUARKUS_HIBERNATE_ORM_LOG_QUERIES_SLOWER_THAN_MS", "10")
                    .environment("economy-service", "QUARKUS_HIBERNATE_ORM_LOG_QUERIES_SLOWER_THAN_MS", "10");
        }
        try (BenchStack stack = builder.start();
                Connection mediation = stack.connect("mediation"); Connection economy = stack.connect("economy")) {
            if (count(mediation, "select count(*) from dispute where case_no like 'GEN-%'") != disputes) {
                long t = System.nanoTime();
                generateDisputes(mediation, disputes);
                System.out.printf("Generated %,d disputes of 2019–2023 with their steps (COPY) in %.1f s.%n", disputes,
                        (System.nanoTime() - t) / 1e9);
            } else {
                System.out.printf("%,d generated disputes already there (--generate to fill afresh).%n", disputes);
            }
            if (count(economy, "select count(*) from census_unit where unit_key like 'GEN%'") != units) {
                long t = System.nanoTime();
                generateUnits(economy, units);
                System.out.printf("Generated %,d census units (COPY) in %.1f s.%n", units, (System.nanoTime() - t) / 1e9);
            }
            try (Statement s = mediation.createStatement()) {
                s.execute("vacuum analyze");
            }
            try (Statement s = economy.createStatement()) {
                s.execute("vacuum analyze");
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = stack.bearer("bench-statistics", "leader");
            System.out.printf("%d requests each after 10 of warm-up; p50 / p95 in ms (goal p95 ≤ 50 ms):%n", requests);
            for (String[] period : List.of(new String[] {"five years", "2019-01-01", "2023-12-31"},
                    new String[] {"one year", "2023-01-01", "2023-12-31"})) {
                String sql = """
                        select category, channel, status, count(*) from dispute
                        where received_at >= timestamptz '%s 00:00+08' and received_at < timestamptz '%s 00:00+08'
                        group by category, channel, status""".formatted(period[1],
                        LocalDate.parse(period[2]).plusDays(1));
                List<Long> anchor = timeSql(mediation, sql, requests);
                List<Long> api = timeGet(http, stack.url("mediation-service") + "/api/mediation/statistics?from="
                        + period[1] + "&to=" + period[2], token, requests);
                print("mediation statistics, " + period[0], anchor, api);
            }
            List<Long> anchor = timeSql(economy, """
                    select count(*) filter (where record_type in (1, 2)), count(*) filter (where record_type = 3),
                           count(*) filter (where record_type = 3 and not licensed),
                           count(*) filter (where record_type in (1, 2) and digital_economy),
                           count(*) filter (where record_type = 3 and large_individual),
                           count(*) filter (where record_type = 3 and left(industry_code, 2) in ('61', '62'))
                    from census_unit""", requests);
            List<Long> api = timeGet(http, stack.url("economy-service") + "/api/economy/census/summary", token, requests);
            print("census summary", anchor, api);
        }
    }

    private static void print(String what, List<Long> anchor, List<Long> api) {
        System.out.printf("  %-34s bare SQL %6.1f / %6.1f   Jiedao API %6.1f / %6.1f   ratio of p95 %.2f×%n", what,
                BenchStack.percentile(anchor, 50) / 1e3, BenchStack.percentile(anchor, 95) / 1e3,
                BenchStack.percentile(api, 50) / 1e3, BenchStack.percentile(api, 95) / 1e3,
                (double) BenchStack.percentile(api, 95) / Math.max(1, BenchStack.percentile(anchor, 95)));
    }

    /** Microseconds per run of {@code sql}, sorted. */
    static List<Long> timeSql(Connection db, String sql, int n) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < n + 10; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                if (i >= 10) {
                    times.add((System.nanoTime() - t) / 1000);
                }
            }
        }
        Collections.sort(times);
        return times;
    }

    /** Microseconds per GET of {@code url} (each must answer 200), sorted. */
    static List<Long> timeGet(HttpClient http, String url, String token, int n) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .timeout(Duration.ofSeconds(60)).GET().build();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n + 10; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 10) {
                times.add((System.nanoTime() - t) / 1000);
            }
        }
        Collections.sort(times);
        return times;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Disputes received evenly over 2019–2023 (Asia/Shanghai): most concluded within 0–30 days (19 in 20
     * resolved), a few withdrawn, the last weeks' still open; one REGISTER step each, 1 in 200 also a
     * VOLUNTEER_HELP step.
     */
    static void generateDisputes(Connection db, int n) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("delete from lifecycle_step where record_id in (select id::text from dispute where case_no like 'GEN-%')");
            s.execute("delete from dispute where case_no like 'GEN-%'");
        }
        Random random = new Random(20191231L);
        OffsetDateTime first = OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        long span = Duration.between(first, first.plusYears(5)).getSeconds();
        long end = first.toEpochSecond() + span;
        List<String> steps = new ArrayList<>();
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy dispute (id, case_no, channel, category, summary, urgency, status, received_at, registered_at,
                    registered_by, accepted_at, concluded_at, outcome, withdrawn_at, grid_code) from stdin""");
        StringBuilder rows = new StringBuilder();
        StringBuilder stepRows = new StringBuilder();
        for (int i = 0; i < n; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            long received = first.toEpochSecond() + (long) ((double) i / n * span) + random.nextInt(600);
            String status;
            String accepted = "\\N";
            String concluded = "\\N";
            String outcome = "\\N";
            String withdrawn = "\\N";
            int roll = random.nextInt(100);
            long took = (long) (random.nextDouble() * random.nextDouble() * 30 * 86400);
            if (end - received < 20 * 86400L && roll < 60) {
                status = roll < 20 ? "RECEIVED" : "ACCEPTED";
                accepted = roll < 20 ? "\\N" : ts(received + 3600);
            } else if (roll < 2) {
                status = "WITHDRAWN";
                withdrawn = ts(received + took);
            } else {
                status = "CONCLUDED";
                accepted = ts(received + 3600);
                concluded = ts(received + 3600 + took);
                outcome = random.nextInt(20) == 0 ? "FAILED" : "RESOLVED";
            }
            rows.append(id).append('\t').append("GEN-").append(i).append('\t')
                    .append(CHANNELS[random.nextInt(CHANNELS.length)]).append('\t')
                    .append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append('\t').append("生成的纠纷").append('\t')
                    .append("NORMAL").append('\t').append(status).append('\t').append(ts(received)).append('\t')
                    .append(ts(received)).append('\t').append("generator").append('\t').append(accepted).append('\t')
                    .append(concluded).append('\t').append(outcome).append('\t').append(withdrawn).append('\t')
                    .append("360121001").append(String.format("%03d", 1 + random.nextInt(12))).append("001\n");
            stepRows.append("Dispute\t").append(id).append("\tREGISTER\t\\N\tRECEIVED\tgenerator\t").append(ts(received))
                    .append('\n');
            if (random.nextInt(200) == 0) {
                stepRows.append("Dispute\t").append(id).append("\tVOLUNTEER_HELP\t").append(status).append('\t')
                        .append(status).append("\tgenerator\t").append(ts(received + 7200)).append('\n');
            }
            if (rows.length() > 1 << 20 || i == n - 1) {
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows.setLength(0);
            }
            if (stepRows.length() > 1 << 20 || i == n - 1) {
                steps.add(stepRows.toString());
                stepRows.setLength(0);
            }
        }
        copy.endCopy();
        try (Statement s = db.createStatement()) {
            // the step ids come from the step sequence, as the service's would
            s.execute("alter table lifecycle_step alter column id set default nextval('lifecycle_step_seq')");
        }
        CopyIn stepCopy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy lifecycle_step (record_type, record_id, action, from_state, to_state, actor, at) from stdin""");
        for (String chunk : steps) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            stepCopy.writeToCopy(bytes, 0, bytes.length);
        }
        stepCopy.endCopy();
        try (Statement s = db.createStatement()) {
            s.execute("alter table lifecycle_step alter column id drop default");
        }
    }

    private static String ts(long epochSecond) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), ZoneOffset.ofHours(8)).toString();
    }

    /** Census units: a quarter enterprises, the rest individual businesses, 1 in 9 accommodation or catering. */
    static void generateUnits(Connection db, int n) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("delete from census_unit where unit_key like 'GEN%'");
        }
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy census_unit (record_type, unit_key, register_code, name, industry_code, division_code, grid_code,
                    address, licensed, digital_economy, large_individual, revenue, employees, updated_at) from stdin""");
        StringBuilder rows = new StringBuilder();
        String now = OffsetDateTime.now().toString();
        for (int i = 0; i < n; i++) {
            int type = i % 4 == 0 ? (i % 8 == 0 ? 1 : 2) : 3;
            String industry = i % 9 == 0 ? (i % 2 == 0 ? "6210" : "6110") : (i % 3 == 0 ? "5211" : "5212");
            String division = "360121001" + String.format("%03d", i % 12 + 1);
            rows.append(type).append("\tGEN").append(i).append("\tGEN").append(i).append('\t')
                    .append(type == 3 ? "个体户" : "单位").append(i).append('\t').append(industry).append('\t')
                    .append(division).append('\t').append(division).append(String.format("%03d", i % 7 + 1)).append('\t')
                    .append("八月湖街道").append(i % 300).append("号\t").append(type == 3 && i % 2 == 0 ? "f" : "t")
                    .append('\t').append(type != 3 && i % 12 == 0 ? "t" : "f").append('\t')
                    .append(type == 3 && i % 50 == 1 ? "t" : "f").append('\t').append(i % 1000).append('\t')
                    .append(i % 40).append('\t').append(now).append('\n');
            if (rows.length() > 1 << 20 || i == n - 1) {
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows.setLength(0);
            }
        }
        copy.endCopy();
    }
}

package cn.jiedao.infra.bench;

import cn.jiedao.infra.Arguments;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * {@code ./jiedao bench census [--rows=200000] [--catering-every=9] [--jfr]}: the census platform's CSV
 * imported through economy-service's API ({@code POST /api/economy/census/imports}, then polling the job until
 * it ends) against the anchor: PostgreSQL {@code COPY} (pgjdbc's CopyManager) of the same rows into the same
 * table, emptied before each. Then the same file again, every row unchanged. Every {@code --catering-every}-th
 * row is accommodation or catering (about 11 %, as in the report), whose new units publish an event each.
 * {@code --jfr} records a Flight Recording of the service into {@code .jiedao/bench/census/economy-service.jfr}.
 */
public final class CensusBench {

    private static final String HEADER = "recordType,registerCode,creditCode,name,industryCode,divisionCode,address,"
            + "licensed,digitalEconomy,largeIndividual,revenue,employees,gridCode";
    private static final String COPY_COLUMNS = "record_type, unit_key, register_code, credit_code, name, industry_code, "
            + "division_code, grid_code, address, licensed, digital_economy, large_individual, revenue, employees, "
            + "updated_at";

    private CensusBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "200000"));
        int cateringEvery = Integer.parseInt(options.getOrDefault("catering-every", "9"));
        Path repo = BenchStack.repo(options);
        var builder = BenchStack.of(repo, "census").kafka().services("economy-service");
        Path home = BenchStack.home(repo, "census");
        if (options.containsKey("jfr")) {
            builder.environment("economy-service", "JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename="
                    + home.resolve("economy-service.jfr") + ",settings=profile,dumponexit=true");
        }
        try (BenchStack stack = builder.start(); Connection db = stack.connect("economy")) {
            Path apiFile = home.resolve("census.csv");
            Path copyFile = home.resolve("census-copy.csv");
            Generated generated = generate(rows, cateringEvery, apiFile, copyFile);
            System.out.printf("Census import: %,d rows (%,d bytes; %,d of industry 61/62).%n", rows, Files.size(apiFile),
                    generated.cateringRows);
            String base = stack.url("economy-service");
            String token = stack.bearer("bench-census", "census-platform");
            // a warm-up of the service's import path, then COPY and the API into the emptied table
            Files.writeString(home.resolve("warmup.csv"), String.join("\n",
                    Files.readAllLines(apiFile).subList(0, Math.min(rows, 20_000) + 1)) + "\n");
            importThroughApi(base, token, home.resolve("warmup.csv"));
            truncate(db);
            long copyStart = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
                copied = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy census_unit (" + COPY_COLUMNS
                        + ") from stdin with (format csv)", reader);
            }
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;
            check(copied == rows, "COPY loaded " + copied + " rows");
            truncate(db);
            Result first = importThroughApi(base, token, apiFile);
            check(count(db) == rows, "the API stored " + count(db) + " rows");
            Result again = importThroughApi(base, token, apiFile);
            double copyRate = rows / copySeconds;
            double apiRate = rows / first.seconds;
            System.out.printf("%-36s %8.2f s %,10.0f rows/s%n", "anchor: COPY into census_unit", copySeconds, copyRate);
            System.out.printf("%-36s %8.2f s %,10.0f rows/s  (%s)%n", "Jiedao: API import, empty table", first.seconds,
                    apiRate, first.counts);
            System.out.printf("%-36s %8.2f s %,10.0f rows/s  (%s)%n", "Jiedao: the same file again", again.seconds,
                    rows / again.seconds, again.counts);
            System.out.printf("%-36s %8.2f×  (goal ≥ 0.5×)%n", "ratio API / COPY", apiRate / copyRate);
            Files.deleteIfExists(apiFile);
            Files.deleteIfExists(copyFile);
        }
    }

    record Result(double seconds, String counts) {
    }

    record Generated(int cateringRows) {
    }

    private static Result importThroughApi(String base, String token, Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                                URI.create(base + "/api/economy/census/imports?fileName=bench.csv"))
                        .header("Authorization", token).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(accepted.statusCode() == 202, "POST answered " + accepted.statusCode() + " " + accepted.body());
        String id = field(accepted.body(), "id");
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (true) {
            HttpResponse<String> job = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/economy/census/imports/" + id))
                    .header("Authorization", token).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String status = field(job.body(), "status");
            if (!"RUNNING".equals(status)) {
                double seconds = (System.nanoTime() - start) / 1e9;
                check("COMPLETED".equals(status), "import ended " + status + ": " + job.body());
                String counts = "inserted " + field(job.body(), "rowsInserted") + ", updated "
                        + field(job.body(), "rowsUpdated") + ", unchanged " + field(job.body(), "rowsUnchanged")
                        + ", rejected " + field(job.body(), "rowsRejected") + ", events " + field(job.body(),
                        "eventsPublished");
                return new Result(seconds, counts);
            }
            check(System.nanoTime() < deadline, "the import did not end within 15 minutes");
            Thread.sleep(100);
        }
    }

    /**
     * The same units twice: as the census platform's CSV (for the API) and in census_unit's column layout (for
     * COPY, with the key and timestamp the service would compute). About 11% are accommodation or catering,
     * as in the report (1698 of 15630).
     */
    private static Generated generate(int rows, int cateringEvery, Path apiFile, Path copyFile) throws IOException {
        int catering = 0;
        String now = java.time.OffsetDateTime.now().toString();
        try (BufferedWriter api = Files.newBufferedWriter(apiFile, StandardCharsets.UTF_8);
                BufferedWriter copy = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
            api.write(HEADER);
            api.write('\n');
            for (int i = 0; i < rows; i++) {
                int type = i % 4 == 0 ? (i % 8 == 0 ? 1 : 2) : 3;
                String register = String.format("B%09d", i);
                String credit = type == 1 ? creditCode(String.format("91360121%09d", i)) : "";
                String industry = cateringEvery > 0 && i % cateringEvery == 0 ? (i % 2 == 0 ? "6210" : "6110") : (i % 3 == 0 ? "5211" : "5212");
                if (industry.startsWith("61") || industry.startsWith("62")) {
                    catering++;
                }
                String name = (type == 3 ? "个体户" : "单位") + i;
                String division = "360121001" + String.format("%03d", i % 12 + 1);
                String address = "八月湖街道" + (i % 300) + "号";
                String licensed = type == 3 && i % 2 == 0 ? "0" : "1";
                String digital = type != 3 && i % 12 == 0 ? "1" : "0";
                String large = type == 3 && i % 50 == 1 ? "1" : "0";
                String revenue = (i % 1000) + "." + (i % 10);
                String employees = Integer.toString(i % 40);
                String grid = division + String.format("%03d", i % 7 + 1);
                api.write(String.join(",", Integer.toString(type), register, credit, name, industry, division, address,
                        licensed, digital, large, revenue, employees, grid));
                api.write('\n');
                copy.write(String.join(",", Integer.toString(type), register, register, credit, name, industry,
                        division, grid, address, bool(licensed), bool(digital), bool(large), revenue, employees, now));
                copy.write('\n');
            }
        }
        return new Generated(catering);
    }

    private static String bool(String flag) {
        return flag.equals("1") ? "true" : "false";
    }

    private static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    private static void truncate(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("truncate census_unit");
        }
    }

    private static long count(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from census_unit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}

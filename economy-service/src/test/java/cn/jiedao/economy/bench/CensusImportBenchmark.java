package cn.jiedao.economy.bench;

import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.ServiceProcesses;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
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
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Not a test: imports 200,000 census rows through the packaged economy-service's API and loads the same rows
 * into the same table with PostgreSQL COPY, then prints rows per second for both and the ratio.
 *
 * <pre>
 * mvn -q -pl economy-service package -DskipTests
 * mvn -q -pl economy-service exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx512m -classpath %classpath cn.jiedao.economy.bench.CensusImportBenchmark 200000 [9]"
 *
 * The optional second argument makes every n-th row accommodation/catering (default 9, about 11% as in the
 * report; 0 for none, to see what the unit-registered events cost).
 * (exec:exec, not exec:java: the PostgreSQL and Kafka child JVMs are started with this JVM's class path.)
 * </pre>
 *
 * Everything runs on loopback: the test PostgreSQL and Kafka of {@link RealInfrastructure} (temporary, on free
 * ports) and the service in its own JVM exactly as {@code ./jiedao up} starts it (-Xmx256m), on a database of
 * its own ({@code economy_bench}). Bounded: the import must end within 15 minutes.
 */
public final class CensusImportBenchmark {

    private static final String DATABASE = "economy_bench";
    private static final String HEADER = "recordType,registerCode,creditCode,name,industryCode,divisionCode,address,"
            + "licensed,digitalEconomy,largeIndividual,revenue,employees,gridCode";
    private static final String COPY_COLUMNS = "record_type, unit_key, register_code, credit_code, name, industry_code, "
            + "division_code, grid_code, address, licensed, digital_economy, large_individual, revenue, employees, "
            + "updated_at";

    private CensusImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        // every n-th row is accommodation/catering (61/62) and, when new, publishes an event; 0 = none
        int cateringEvery = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path repo = Path.of(System.getProperty("jiedao.repo", ".")).toAbsolutePath().normalize();
        if (!Files.exists(repo.resolve("economy-service/target/quarkus-app/quarkus-run.jar"))) {
            repo = repo.getParent();
        }
        Path work = Files.createTempDirectory("census-bench-");
        Path apiFile = work.resolve("census.csv");
        Path copyFile = work.resolve("census-copy.csv");
        Generated generated = generate(rows, cateringEvery, apiFile, copyFile);
        System.out.printf("Generated %,d rows (%,d bytes; %,d of industry 61/62) in %s%n", rows, Files.size(apiFile),
                generated.cateringRows, work);

        RealInfrastructure.ensureStarted();
        String jdbcUrl = RealInfrastructure.jdbcUrl(DATABASE);
        int port = FreePorts.allocate(1)[0];
        var service = new ServiceProcesses.Service("economy-service", "economy", DATABASE);
        var env = new ServiceProcesses.Environment(RealInfrastructure.postgresPort(),
                RealInfrastructure.kafkaBootstrapServers(), RealInfrastructure.jwtPublicKeyPath(), RealInfrastructure.ISSUER);
        ChildJvm process = ServiceProcesses.launch(repo, service, port, env, Map.of(), work.resolve("economy-service.log"));
        try {
            ServiceProcesses.awaitReady(service, port, process, Duration.ofMinutes(3), () -> false);
            try (Connection db = DriverManager.getConnection(jdbcUrl, RealInfrastructure.postgresUsername(),
                    RealInfrastructure.postgresPassword())) {
                // 1. COPY into the empty table (the service's Flyway created it)
                truncate(db);
                long copyStart = System.nanoTime();
                long copied;
                try (Reader reader = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
                    copied = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy census_unit (" + COPY_COLUMNS
                            + ") from stdin with (format csv)", reader);
                }
                double copySeconds = (System.nanoTime() - copyStart) / 1e9;
                check(copied == rows, "COPY loaded " + copied + " rows");

                // 2. the same rows through the API into the emptied table
                truncate(db);
                Result first = importThroughApi(port, apiFile);
                check(count(db) == rows, "the API stored " + count(db) + " rows");
                // 3. the same file again: every row unchanged
                Result again = importThroughApi(port, apiFile);

                double copyRate = rows / copySeconds;
                double apiRate = rows / first.seconds;
                System.out.println();
                System.out.printf("rows                         %,d%n", rows);
                System.out.printf("COPY (pgjdbc CopyManager)    %8.2f s  %,10.0f rows/s%n", copySeconds, copyRate);
                System.out.printf("API import, empty table      %8.2f s  %,10.0f rows/s  (%s)%n", first.seconds, apiRate,
                        first.counts);
                System.out.printf("API re-import, unchanged     %8.2f s  %,10.0f rows/s  (%s)%n", again.seconds,
                        rows / again.seconds, again.counts);
                System.out.printf("ratio API / COPY             %8.2f  (aim: 0.50 or better)%n", apiRate / copyRate);
            }
        } finally {
            process.stop(Duration.ofSeconds(20));
            Files.deleteIfExists(apiFile);
            Files.deleteIfExists(copyFile);
        }
        System.exit(0);
    }

    record Result(double seconds, String counts) {
    }

    record Generated(int cateringRows) {
    }

    private static Result importThroughApi(int port, Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = TestTokens.bearer("census-platform");
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/economy/census/imports?fileName=bench.csv"))
                        .header("Authorization", token).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(accepted.statusCode() == 202, "POST answered " + accepted.statusCode() + " " + accepted.body());
        String id = field(accepted.body(), "id");
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (true) {
            HttpResponse<String> job = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/economy/census/imports/" + id))
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

package cn.jiedao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.e2e.ApiOperations.Operation;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The authorization matrix as data ({@code authorization-matrix.csv}, {@link AuthorizationMatrix}): it covers
 * every operation of the current documents, and every caller of it gets the answer it states through the
 * gateway and directly from the owning service. Before the drive the test records a key person and an
 * accountability measure with values of its own (resident IDs, phones, names), and afterwards looks for
 * those values in the clear in every answer to a role that must not see them, in the services' logs and on
 * every Kafka topic.
 *
 * <p>Requests are valid-looking per schema (no mutation): an allowed caller's answer is then a 2xx, or a 4xx
 * of validation or of a missing record, never 401 or 403. A grid worker's token lists one grid
 * ({@link Tokens#GRID}); a grid worker refused a record of another grid is reported as an unexpected deny, not
 * failed, as is any other allowed caller refused by a rule finer than the role (a lifecycle step's roles).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORKERS = 8;
    /** 复核 (review), percent-encoded as the safety service reads X-Access-Purpose. */
    private static final String PURPOSE = "%E5%A4%8D%E6%A0%B8";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path repo = Path.of(System.getProperty("jiedao.repo", "..")).toAbsolutePath().normalize();

    @Test
    @Order(1)
    void theMatrixCoversEveryOperationOfTheDocumentsAndNoOther() throws Exception {
        List<Operation> operations = ApiOperations.all(repo);
        if (Boolean.getBoolean("jiedao.matrix.generate")) {
            Path generated = Files.createDirectories(repo.resolve("e2e-tests/target")).resolve(AuthorizationMatrix.RESOURCE);
            Files.writeString(generated, AuthorizationMatrix.fromDocuments(operations));
            System.out.println("The matrix as the documents imply it: " + generated);
        }
        AuthorizationMatrix matrix = AuthorizationMatrix.read();
        Set<String> documented = new TreeSet<>();
        operations.forEach(op -> documented.add(op.key()));
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(matrix.rows.keySet());
        Set<String> stale = new TreeSet<>(matrix.rows.keySet());
        stale.removeAll(documented);
        assertThat(withoutRow).as("operations of docs/openapi without a row in %s", AuthorizationMatrix.RESOURCE).isEmpty();
        assertThat(stale).as("rows of %s for operations the documents no longer have", AuthorizationMatrix.RESOURCE).isEmpty();

        List<String> differences = new ArrayList<>();
        for (Operation op : operations) {
            Map<String, String> byDocument = AuthorizationMatrix.expectedByDocument(op);
            byDocument.forEach((caller, expected) -> {
                String stated = matrix.rows.get(op.key()).get(caller);
                if (!stated.equals(expected)) {
                    differences.add(op.key() + " " + caller + ": file " + stated + ", document " + expected);
                }
            });
        }
        System.out.println("Where the matrix differs from the documents' role lists: "
                + (differences.isEmpty() ? "nowhere" : String.join("; ", differences)));
    }

    @Test
    @Order(2)
    void everyCallerGetsWhatTheMatrixStatesAndNoRoleSeesWhatItMustNot() throws Exception {
        Stack stack = Stack.get();
        List<Operation> operations = ApiOperations.all(repo);
        AuthorizationMatrix matrix = AuthorizationMatrix.read();
        Map<String, String> direct = new LinkedHashMap<>();
        for (var service : cn.jiedao.infra.ServiceList.read(repo).services()) {
            if (service.area() != null) {
                direct.put(service.area(), stack.direct(service.module()));
            }
        }
        Sensitive sensitive = recordSensitiveValues(stack.gateway());
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String caller : AuthorizationMatrix.CALLERS) {
            tokens.put(caller, switch (caller) {
                case "anonymous" -> "";
                case "expired" -> cn.jiedao.testing.RefusedTokens.expired("street-admin");
                case "other-key" -> cn.jiedao.testing.RefusedTokens.signedByAnotherKey("street-admin");
                case "other-issuer" -> cn.jiedao.testing.RefusedTokens.fromAnotherIssuer("street-admin");
                case "alg-none" -> cn.jiedao.testing.RefusedTokens.unsigned("street-admin");
                default -> Tokens.valid(caller, "matrix-" + caller);
            });
        }

        List<String> unexpectedAllows = Collections.synchronizedList(new ArrayList<>());
        List<String> otherMismatches = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpectedDenies = Collections.synchronizedList(new ArrayList<>());
        List<String> leaks = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        for (Operation op : operations) {
            Map<String, String> expected = matrix.rows.get(op.key());
            List<String> bases = op.document().equals("gateway") ? List.of(stack.gateway())
                    : List.of(stack.gateway(), direct.get(op.document()));
            for (String base : bases) {
                String via = base.equals(stack.gateway()) ? "via gateway" : "direct";
                for (String caller : AuthorizationMatrix.CALLERS) {
                    pool.submit(() -> {
                        HttpResponse<String> answer;
                        HttpRequest request = request(op, base, tokens.get(caller), sensitive, caller);
                        try {
                            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        } catch (Exception e) {
                            failures.add(op.key() + " " + via + " as " + caller + ": no answer " + e);
                            return;
                        }
                        sent.incrementAndGet();
                        int status = answer.statusCode();
                        statuses.computeIfAbsent(Integer.toString(status), k -> new AtomicInteger()).incrementAndGet();
                        String line = op.key() + " " + via + " as " + caller + " → " + status;
                        String wanted = expected.get(caller);
                        boolean refused = status == 401 || status == 403;
                        if (wanted.equals("allow")) {
                            if (refused) {
                                unexpectedDenies.add(line + " " + FuzzTest.abbreviate(answer.body(), 160));
                            }
                        } else if (!refused) {
                            unexpectedAllows.add(line + " (expected " + wanted + ") " + FuzzTest.abbreviate(answer.body(), 160));
                        } else if (!Integer.toString(status).equals(wanted)) {
                            otherMismatches.add(line + " (expected " + wanted + ")");
                        }
                        if (status >= 500) {
                            failures.add(line + " " + FuzzTest.abbreviate(answer.body(), 200));
                        }
                        for (String leak : sensitive.clearIn(answer.body(), caller)) {
                            leaks.add(line + " shows " + leak + " in the clear");
                        }
                    });
                }
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("the matrix ran in time").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        List<String> logLeaks = new ArrayList<>();
        try (Stream<Path> logs = Files.list(stack.logs())) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                for (String value : sensitive.all()) {
                    if (text.contains(value)) {
                        logLeaks.add(log.getFileName() + " holds " + value);
                    }
                }
            }
        }
        List<String> topicLeaks = new ArrayList<>();
        int records = scanEveryTopic(sensitive, topicLeaks);

        StringBuilder summary = new StringBuilder();
        summary.append(String.format("Authorization matrix: %d requests (%d operations × %d callers, through the gateway and"
                + " directly) in %.1f s; statuses %s%n", sent.get(), operations.size(), AuthorizationMatrix.CALLERS.size(),
                seconds, new TreeMap<>(statuses)));
        summary.append("Unexpected allows: ").append(unexpectedAllows.size()).append('\n');
        unexpectedAllows.stream().sorted().limit(40).forEach(l -> summary.append("  ").append(l).append('\n'));
        summary.append("Refused with the other status (401 for 403 or the reverse): ").append(otherMismatches.size()).append('\n');
        otherMismatches.stream().sorted().limit(40).forEach(l -> summary.append("  ").append(l).append('\n'));
        summary.append("Unexpected denies (allowed by the matrix, refused by a finer rule): ").append(unexpectedDenies.size()).append('\n');
        unexpectedDenies.stream().sorted().limit(60).forEach(l -> summary.append("  ").append(l).append('\n'));
        summary.append("Sensitive values in the clear: answers ").append(leaks.size()).append(", logs ").append(logLeaks.size())
                .append(", Kafka ").append(topicLeaks.size()).append(" (").append(records).append(" records read)\n");
        Stream.of(leaks, logLeaks, topicLeaks).flatMap(List::stream).limit(40)
                .forEach(l -> summary.append("  ").append(l).append('\n'));
        summary.append("Answers of 500 and more, or none: ").append(failures.size()).append('\n');
        failures.stream().limit(20).forEach(l -> summary.append("  ").append(l).append('\n'));
        System.out.println(summary);
        Files.writeString(Files.createDirectories(repo.resolve("e2e-tests/target")).resolve("authorization-matrix-summary.txt"),
                summary.toString());

        assertThat(unexpectedAllows).as("unexpected allows%n%s", summary).isEmpty();
        assertThat(otherMismatches).as("refusals with the wrong status%n%s", summary).isEmpty();
        assertThat(leaks).as("sensitive values in answers to roles that must not see them").isEmpty();
        assertThat(logLeaks).as("sensitive values in the services' logs").isEmpty();
        assertThat(topicLeaks).as("sensitive values on Kafka topics").isEmpty();
        assertThat(failures).as("answers of 500 and more").isEmpty();
    }

    /** A valid-looking request for {@code op} with {@code token}; the recorded person's ids in its paths. */
    private HttpRequest request(Operation op, String base, String token, Sensitive sensitive, String caller) {
        Random random = new Random(op.key().hashCode() * 31L + caller.hashCode());
        SchemaValues values = new SchemaValues(random, op.schemas(), () -> UUID.randomUUID().toString());
        String path = op.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : op.parameters()) {
            Schema<?> schema = parameter.getSchema();
            switch (parameter.getIn()) {
                case "path" -> {
                    String value = String.valueOf(values.sample(schema));
                    if (path.startsWith("/api/safety/key-persons/{id}")) {
                        value = sensitive.keyPersonId;
                    } else if (path.startsWith("/api/safety/discipline/measures/{id}")) {
                        value = sensitive.measureId;
                    } else if (path.startsWith("/openapi/")) {
                        value = "safety";
                    }
                    path = path.replace("{" + parameter.getName() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                case "query" -> {
                    if (Boolean.TRUE.equals(parameter.getRequired())) {
                        query.append(query.length() == 0 ? "?" : "&").append(parameter.getName()).append('=')
                                .append(URLEncoder.encode(String.valueOf(values.sample(schema)), StandardCharsets.UTF_8));
                    }
                }
                case "header" -> {
                    switch (parameter.getName()) {
                        case "If-Match" -> headers.put("If-Match", "\"0\"");
                        case "Idempotency-Key" -> headers.put("Idempotency-Key", UUID.randomUUID().toString());
                        case "X-Access-Purpose" -> headers.put("X-Access-Purpose", PURPOSE);
                        default -> {
                        }
                    }
                }
                default -> {
                }
            }
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (op.hasBody()) {
            String type = op.bodies().containsKey("application/json") ? "application/json" : op.bodies().keySet().iterator().next();
            Object sample = values.sample(op.bodies().get(type));
            String text;
            if (op.key().equals("POST /api/safety/key-persons/search")) {
                text = "{\"residentId\":\"" + sensitive.keyPersonResidentId + "\"}";
            } else if (op.key().equals("POST /api/safety/discipline/measures/search")) {
                text = "{\"name\":\"" + sensitive.measureName + "\",\"unit\":\"" + Sensitive.UNIT + "\",\"residentId\":\""
                        + sensitive.measureResidentId + "\"}";
            } else if (type.contains("json")) {
                try {
                    text = JSON.writeValueAsString(sample);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            } else {
                text = String.valueOf(sample);
            }
            headers.put("Content-Type", type);
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path + query))
                .timeout(Duration.ofSeconds(30)).method(op.method(), body);
        headers.forEach(builder::header);
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /** The values of one key person and one accountability measure, unique to this run. */
    static final class Sensitive {
        static final String UNIT = "八月湖街道矩阵测试办公室";

        final String keyPersonName;
        final String keyPersonResidentId;
        final String keyPersonPhone;
        final String measureName;
        final String measureResidentId;
        String keyPersonId;
        String measureId;

        Sensitive(Random random) {
            keyPersonName = "欧阳" + hanzi(random) + hanzi(random);
            measureName = "诸葛" + hanzi(random) + hanzi(random);
            keyPersonResidentId = ResidentIdNumber.withCheckCharacter("340123" + birth(random) + digits(random, 3));
            measureResidentId = ResidentIdNumber.withCheckCharacter("340123" + birth(random) + digits(random, 3));
            keyPersonPhone = "139" + digits(random, 8);
        }

        List<String> all() {
            return List.of(keyPersonName, keyPersonResidentId, keyPersonPhone, measureName, measureResidentId);
        }

        /** The values {@code caller} must not see in the clear and which {@code body} shows. */
        List<String> clearIn(String body, String caller) {
            List<String> shown = new ArrayList<>();
            if (!caller.equals("safety-officer")) {
                for (String value : List.of(keyPersonName, keyPersonResidentId, keyPersonPhone)) {
                    if (body.contains(value)) {
                        shown.add(value);
                    }
                }
            }
            if (!caller.equals("discipline-officer")) {
                for (String value : List.of(measureName, measureResidentId)) {
                    if (body.contains(value)) {
                        shown.add(value);
                    }
                }
            }
            return shown;
        }

        private static String hanzi(Random random) {
            return String.valueOf((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }

        private static String birth(Random random) {
            return LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000)).toString().replace("-", "");
        }

        private static String digits(Random random, int n) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < n; i++) {
                digits.append(random.nextInt(10));
            }
            return digits.toString();
        }
    }

    private Sensitive recordSensitiveValues(String gateway) throws Exception {
        Sensitive sensitive = new Sensitive(new Random());
        String keyPerson = JSON.writeValueAsString(Map.of(
                "category", "DRUG_USER", "controlStatus", firstEnum("DrugControlStatus"),
                "name", sensitive.keyPersonName, "residentId", sensitive.keyPersonResidentId,
                "phone", sensitive.keyPersonPhone, "address", "八月湖路矩阵测试12号", "gridCode", Tokens.GRID,
                "riskLevel", firstEnum("RiskLevel"), "responsibleOfficer", "王警官"));
        JsonNode person = post(gateway + "/api/safety/key-persons", "safety-officer", keyPerson);
        sensitive.keyPersonId = person.path("id").asText();
        String measure = JSON.writeValueAsString(Map.of(
                "person", Map.of("name", sensitive.measureName, "unit", Sensitive.UNIT, "residentId", sensitive.measureResidentId),
                "measure", "REMINDER_TALK", "decidedOn", LocalDate.now().minusDays(3).toString(),
                "reason", "督查发现工作日脱岗", "decidedBy", "八月湖街道纪工委", "caseReference", "矩阵测试〔2023〕1号"));
        JsonNode recorded = post(gateway + "/api/safety/discipline/measures", "discipline-officer", measure);
        sensitive.measureId = recorded.path("id").asText();
        return sensitive;
    }

    private JsonNode post(String url, String role, String json) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Tokens.valid(role, "matrix-" + role))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as("POST %s as %s: %s", url, role, answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private String firstEnum(String schema) {
        var operations = ApiOperations.of("safety", repo.resolve("docs/openapi/safety.yaml"));
        return String.valueOf(operations.get(0).schemas().components().get(schema).getEnum().get(0));
    }

    /** Reads every record of every topic of the broker and notes each sensitive value it holds. */
    private static int scanEveryTopic(Sensitive sensitive, List<String> leaks) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin client = Admin.create(admin)) {
            Set<String> topics = client.listTopics().names().get(30, TimeUnit.SECONDS);
            client.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) ->
                    description.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        }
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        int read = 0;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumer)) {
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> kafka.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    read++;
                    String text = record.key() + " " + record.value() + " " + record.headers();
                    for (String value : sensitive.all()) {
                        if (text.contains(value)) {
                            leaks.add(record.topic() + " offset " + record.offset() + " holds " + value);
                        }
                    }
                }
            }
            assertThat(partitions.stream().filter(p -> kafka.position(p) < ends.get(p)).toList())
                    .as("partitions read to their end").isEmpty();
        }
        return read;
    }
}

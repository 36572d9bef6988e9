package cn.jiedao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.e2e.ApiOperations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer driven by the published OpenAPI documents: every operation of every document, through the
 * gateway and directly against the service that owns it, with tokens that have the operation's roles (so the
 * request reaches validation) and some without. Each request starts valid-looking per schema and is then
 * mutated in one way (wrong types, dates as numbers, huge and negative numbers, empty and very long strings,
 * control characters, NUL, invalid UTF-8, unicode edge cases, deep nesting, extra and missing fields, wrong
 * enums, bad UUIDs, path segments with {@code %2F}, {@code ..}, {@code %00}, wrong or no Content-Type, empty
 * body, duplicate query parameters, malformed If-Match and Idempotency-Key, a URI, headers or body past the
 * limits, another method, out-of-range dates such as {@code +999999999-12-31}, a raw {@code %} or space in the
 * request line). What the HTTP client refuses to send is written on a raw socket, and before the run every
 * request of test-support's {@code RawHttp.MALFORMED} (what the HTTP decoder refuses) goes on the wire to the
 * gateway and to each service, checked alike and for its status.
 *
 * <p>Asserted for every answer: below 500; no stack trace or exception name in the body; every 4xx an
 * RFC 9457 problem ({@code application/problem+json} with type, title and status); a 400 caused by a field
 * names a field in {@code errors}. {@code -Djiedao.fuzz.requests=N} (default 10,000) and
 * {@code -Djiedao.fuzz.seed=S} (printed by every run) replay a run.
 */
class FuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEAKS = List.of("Exception", "at cn.", "java.", "org.hibernate", "io.quarkus");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");
    private static final int WORKERS = 8;
    private static final String MARK = "\u2063FUZZ\u2063";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> knownIds = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private final Map<String, LongAdder> perKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perDocument = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, LongAdder>> statusPerKind = new ConcurrentHashMap<>();
    private final Map<String, List<String>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger failureCount = new AtomicInteger();
    private final LongAdder fieldMutations400 = new LongAdder();
    private final LongAdder fieldMutations400Named = new LongAdder();

    @Test
    void everyOperationOfEveryDocumentAnswersBadInputWithAProblem() throws Exception {
        Stack stack = Stack.get();
        Path repo = Path.of(System.getProperty("jiedao.repo", "..")).toAbsolutePath().normalize();
        List<Operation> operations = ApiOperations.all(repo);
        Map<String, String> direct = new LinkedHashMap<>();
        for (var service : cn.jiedao.infra.ServiceList.read(repo).services()) {
            if (service.area() != null) {
                direct.put(service.area(), stack.direct(service.module()));
            }
        }
        int requests = intProperty("jiedao.fuzz.requests", 10_000);
        long seed = longProperty("jiedao.fuzz.seed", new Random().nextLong());
        System.out.printf("Fuzzing %d operations of %s with %d requests, seed %d (replay: -Djiedao.fuzz.seed=%d)%n",
                operations.size(), ApiOperations.DOCUMENTS, requests, seed, seed);

        long started = System.nanoTime();
        // Ids the generator puts into paths and bodies besides random ones: whatever the lists answer now.
        for (Operation op : operations) {
            if (op.method().equals("GET") && !op.path().contains("{") && knownIds.size() < 300) {
                FuzzCase plain = new Generator(new Random(seed ^ op.key().hashCode()), op, true).valid();
                execute(plain, stack.gateway(), false);
            }
        }
        // What the HTTP decoder refuses, on a raw socket: to the gateway and to each service directly.
        sendMalformed(stack.gateway());
        direct.values().forEach(this::sendMalformed);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger sent = new AtomicInteger();
        long deadline = started + Duration.ofSeconds(intProperty("jiedao.fuzz.max-seconds", 200)).toNanos();
        for (int i = 0; i < requests; i++) {
            final int index = i;
            pool.submit(() -> {
                if (System.nanoTime() > deadline) {
                    return; // the time bound of a run: what is left is not sent, and the summary says so
                }
                Random random = new Random(seed * 1_000_003L + index);
                Operation op = operations.get(random.nextInt(operations.size()));
                boolean viaGateway = op.document().equals("gateway") || random.nextBoolean();
                String base = viaGateway ? stack.gateway() : direct.get(op.document());
                FuzzCase fuzz;
                try {
                    fuzz = new Generator(random, op, viaGateway).generate();
                } catch (RuntimeException e) {
                    record("generator", "could not generate a request for " + op.key() + ": " + e);
                    return;
                }
                execute(fuzz, base, true);
                sent.incrementAndGet();
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).as("fuzzing ended in time").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        StringBuilder summary = new StringBuilder();
        summary.append(String.format("Fuzzed %d of %d requests in %.1f s (%.0f/s), seed %d%n", sent.get(), requests,
                seconds, sent.get() / seconds, seed));
        summary.append("Requests per document: ").append(new TreeMap<>(counts(perDocument))).append('\n');
        summary.append("Status counts: ").append(new TreeMap<>(counts(perStatus))).append('\n');
        summary.append("Requests per class (status counts):\n");
        new TreeMap<>(counts(perKind)).forEach((kind, n) -> summary.append(String.format("  %-22s %6d  %s%n", kind, n,
                new TreeMap<>(counts(statusPerKind.getOrDefault(kind, Map.of()))))));
        summary.append(String.format("400s after a field mutation: %d, naming the mutated field: %d%n",
                fieldMutations400.sum(), fieldMutations400Named.sum()));
        summary.append("Failures: ").append(failureCount.get()).append('\n');
        new TreeMap<>(failures).forEach((kind, examples) -> {
            summary.append("  ").append(kind).append('\n');
            examples.forEach(example -> summary.append("    ").append(example).append('\n'));
        });
        System.out.println(summary);
        Files.writeString(Files.createDirectories(repo.resolve("e2e-tests/target")).resolve("fuzz-summary.txt"),
                summary.toString());

        if (sent.get() < requests) {
            System.out.printf("Stopped at the time bound (-Djiedao.fuzz.max-seconds) after %d of %d requests%n",
                    sent.get(), requests);
        }
        assertThat(sent.get()).as("requests sent").isPositive();
        assertThat(failureCount.get()).as("answers that break the rules (seed %d):%n%s", seed, summary).isZero();
    }

    private void execute(FuzzCase fuzz, String base, boolean check) {
        perKind.computeIfAbsent(fuzz.kind, k -> new LongAdder()).increment();
        if (check) {
            perDocument.computeIfAbsent(fuzz.document + (base.contains(":" + portOf(Stack.get().gateway())) ? " via gateway"
                    : " direct"), k -> new LongAdder()).increment();
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + fuzz.pathAndQuery))
                    .timeout(Duration.ofSeconds(30))
                    .method(fuzz.method, fuzz.body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(fuzz.body));
            fuzz.headers.forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            // A header or URI the HTTP client itself will not send: written byte for byte on a socket instead.
            executeRaw(fuzz, base, check);
            return;
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            record(fuzz.kind + ": no answer", fuzz.describe() + " → " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        check(fuzz, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8), check);
    }

    /** Sends {@code fuzz} on a raw socket (what the HTTP client refuses to send), then checks the answer alike. */
    private void executeRaw(FuzzCase fuzz, String base, boolean check) {
        perStatus.computeIfAbsent("sent raw", k -> new LongAdder()).increment();
        URI uri = URI.create(base);
        StringBuilder head = new StringBuilder(fuzz.method + " " + fuzz.pathAndQuery + " HTTP/1.1\r\n");
        head.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        fuzz.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(fuzz.body == null ? 0 : fuzz.body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = java.util.Arrays.copyOf(start, start.length + (fuzz.body == null ? 0 : fuzz.body.length));
        if (fuzz.body != null) {
            System.arraycopy(fuzz.body, 0, request, start.length, fuzz.body.length);
        }
        cn.jiedao.testing.RawHttp.Answer answer;
        try {
            answer = cn.jiedao.testing.RawHttp.send(base, request);
        } catch (java.io.IOException e) {
            record(fuzz.kind + ": no answer (raw)", fuzz.describe() + " → " + e);
            return;
        }
        if (answer.status() < 0) {
            record(fuzz.kind + ": no answer (raw)", fuzz.describe() + " → connection closed without an answer");
            return;
        }
        String contentType = answer.header("Content-Type");
        check(fuzz, answer.status(), contentType == null ? "" : contentType, answer.body(), check);
    }

    /** The requests of test-support's RawHttp.MALFORMED, on the wire to the gateway and to each service. */
    private void sendMalformed(String base) {
        for (cn.jiedao.testing.RawHttp.Malformed malformed : cn.jiedao.testing.RawHttp.MALFORMED) {
            FuzzCase fuzz = new FuzzCase();
            fuzz.kind = "malformed on the wire";
            fuzz.document = "wire";
            fuzz.operation = malformed.name();
            fuzz.method = "RAW";
            fuzz.path = "/api/x";
            fuzz.pathAndQuery = abbreviate(malformed.request(), 120);
            fuzz.field = malformed.field();
            perKind.computeIfAbsent(fuzz.kind, k -> new LongAdder()).increment();
            cn.jiedao.testing.RawHttp.Answer answer;
            try {
                answer = cn.jiedao.testing.RawHttp.send(base, malformed.bytes(base));
            } catch (java.io.IOException e) {
                record(fuzz.kind + ": no answer", malformed.name() + " to " + base + " → " + e);
                continue;
            }
            String contentType = answer.header("Content-Type");
            check(fuzz, answer.status(), contentType == null ? "" : contentType, answer.body(), true);
            if (answer.status() != malformed.status()) {
                record(fuzz.kind + ": " + answer.status() + " where " + malformed.status() + " is due",
                        malformed.name() + " to " + base);
            }
        }
    }

    private void check(FuzzCase fuzz, int status, String contentType, String body, boolean check) {
        perStatus.computeIfAbsent(Integer.toString(status), k -> new LongAdder()).increment();
        statusPerKind.computeIfAbsent(fuzz.kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, k -> new LongAdder()).increment();
        if (status >= 200 && status < 300 && knownIds.size() < 2_000) {
            Matcher ids = ID.matcher(body);
            for (int n = 0; ids.find() && n < 20; n++) {
                knownIds.add(ids.group(1));
            }
        }
        if (!check) {
            return;
        }
        if (status < 0) {
            record(fuzz.kind + ": no answer", fuzz.describe());
            return;
        }
        String answer = " → " + status + " " + contentType + " " + abbreviate(body, 400);
        if (status >= 500) {
            record(fuzz.kind + ": " + status, fuzz.describe() + answer);
        }
        boolean document = fuzz.path.startsWith("/openapi/") && status == 200;
        for (String leak : LEAKS) {
            if (!document && body.contains(leak)) {
                record(fuzz.kind + ": body names '" + leak + "'", fuzz.describe() + answer);
                break;
            }
        }
        if (status >= 400 && status < 500) {
            if (!contentType.startsWith("application/problem+json")) {
                record(fuzz.kind + ": " + status + " not a problem", fuzz.describe() + answer);
                return;
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(body);
            } catch (java.io.IOException e) {
                record(fuzz.kind + ": " + status + " problem not JSON", fuzz.describe() + answer);
                return;
            }
            if (!problem.hasNonNull("type") || !problem.hasNonNull("title") || problem.path("status").asInt() != status) {
                record(fuzz.kind + ": " + status + " problem without type/title/status", fuzz.describe() + answer);
                return;
            }
            if (status == 400 && fuzz.field != null) {
                fieldMutations400.increment();
                JsonNode errors = problem.path("errors");
                if (!errors.isArray() || errors.isEmpty()) {
                    record(fuzz.kind + ": 400 names no field", fuzz.describe() + answer);
                    return;
                }
                for (JsonNode error : errors) {
                    if (!error.hasNonNull("field") || !error.hasNonNull("reason")) {
                        record(fuzz.kind + ": 400 error without field and reason", fuzz.describe() + answer);
                        return;
                    }
                    if (error.get("field").asText().toLowerCase(Locale.ROOT).contains(fuzz.field.toLowerCase(Locale.ROOT))) {
                        fieldMutations400Named.increment();
                        break;
                    }
                }
            }
        }
    }

    private void record(String kind, String example) {
        failureCount.incrementAndGet();
        List<String> examples = failures.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()));
        if (examples.size() < 4) {
            examples.add(example);
        }
    }

    private String token(String kind, String role) {
        return tokens.computeIfAbsent(kind + ":" + role, key -> switch (kind) {
            case "valid" -> "Bearer " + Tokens.valid(role, "fuzz-" + role);
            case "expired" -> "Bearer " + cn.jiedao.testing.RefusedTokens.expired(role);
            case "other-key" -> "Bearer " + cn.jiedao.testing.RefusedTokens.signedByAnotherKey(role);
            case "other-issuer" -> "Bearer " + cn.jiedao.testing.RefusedTokens.fromAnotherIssuer(role);
            case "alg-none" -> "Bearer " + cn.jiedao.testing.RefusedTokens.unsigned(role);
            default -> throw new IllegalArgumentException(kind);
        });
    }

    /** One request: what it is, and which field it spoiled (if one). */
    static final class FuzzCase {
        String document;
        String operation;
        String kind = "valid";
        String method;
        String path;
        String pathAndQuery;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        String field;

        String describe() {
            Map<String, String> shown = new LinkedHashMap<>();
            headers.forEach((name, value) -> shown.put(name, name.equals("Authorization") ? abbreviate(value, 20)
                    : abbreviate(value, 60)));
            return "[" + operation + "] " + method + " " + abbreviate(pathAndQuery, 200) + " " + shown
                    + (body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8), 200))
                    + (field == null ? "" : " (field " + field + ")");
        }
    }

    /** Builds the requests for one operation from one seeded random source. */
    final class Generator {

        private final Random random;
        private final Operation op;
        private final boolean viaGateway;
        private final SchemaValues values;

        Generator(Random random, Operation op, boolean viaGateway) {
            this.random = random;
            this.op = op;
            this.viaGateway = viaGateway;
            this.values = new SchemaValues(random, op.schemas(), this::knownId);
        }

        private String knownId() {
            synchronized (knownIds) {
                return knownIds.isEmpty() ? UUID.randomUUID().toString() : knownIds.get(random.nextInt(knownIds.size()));
            }
        }

        FuzzCase valid() {
            Draft draft = draft();
            draft.headers.put("Authorization", token("valid", allowedRole()));
            return draft.build("valid");
        }

        FuzzCase generate() {
            Draft draft = draft();
            authorize(draft);
            if (draft.kind != null) {
                return draft.build(draft.kind);
            }
            List<String> kinds = applicableKinds(draft);
            String kind = random.nextInt(100) < 12 ? "valid" : kinds.get(random.nextInt(kinds.size()));
            mutate(draft, kind);
            return draft.build(kind);
        }

        private void authorize(Draft draft) {
            int dice = random.nextInt(100);
            if (dice < 84 || op.admits() == ApiOperations.Admits.ANYONE) {
                draft.headers.put("Authorization", token("valid", allowedRole()));
            } else if (dice < 91) {
                List<String> others = cn.jiedao.kernel.security.Roles.ALL.stream().filter(r -> !op.admitsRole(r)).toList();
                draft.headers.put("Authorization", token("valid", others.isEmpty() ? allowedRole()
                        : others.get(random.nextInt(others.size()))));
                draft.kind = others.isEmpty() ? null : "role not admitted";
            } else if (dice < 94) {
                draft.kind = "no token";
            } else {
                String[] bad = {"expired", "other-key", "other-issuer", "alg-none"};
                String which = bad[random.nextInt(bad.length)];
                if (random.nextInt(5) == 0) {
                    String[] garbage = {"Bearer", "Bearer ", "Bearer abc.def.ghi", "Basic dXNlcjpwYXNz", "bearer x",
                        "Bearer " + "A".repeat(5000), "Bearer e30.e30.", "Bearer ..."};
                    draft.headers.put("Authorization", garbage[random.nextInt(garbage.length)]);
                    draft.kind = "malformed token";
                } else {
                    draft.headers.put("Authorization", token(which, allowedRole()));
                    draft.kind = which + " token";
                }
            }
        }

        private String allowedRole() {
            List<String> roles = op.admits() == ApiOperations.Admits.ROLES ? List.copyOf(op.roles())
                    : cn.jiedao.kernel.security.Roles.ALL;
            return roles.get(random.nextInt(roles.size()));
        }

        private Draft draft() {
            Draft draft = new Draft();
            for (Parameter parameter : op.parameters()) {
                Schema<?> schema = parameter.getSchema();
                switch (parameter.getIn()) {
                    case "path" -> draft.pathValues.put(parameter.getName(), encode(String.valueOf(values.sample(schema))));
                    case "query" -> {
                        if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextInt(3) == 0) {
                            draft.query.add(new String[] {parameter.getName(), encode(String.valueOf(values.sample(schema)))});
                        }
                    }
                    case "header" -> draft.headers.put(parameter.getName(), switch (parameter.getName()) {
                        case "If-Match" -> "\"" + random.nextInt(3) + "\"";
                        case "Idempotency-Key" -> UUID.randomUUID().toString();
                        case "If-None-Match" -> "\"" + random.nextInt(1000) + "\"";
                        default -> "case review " + random.nextInt(100);
                    });
                    default -> {
                    }
                }
            }
            if (op.hasBody()) {
                List<String> media = new ArrayList<>(op.bodies().keySet());
                String type = media.contains("application/json") ? "application/json" : media.get(random.nextInt(media.size()));
                draft.contentType = type;
                Object body = values.sample(op.bodies().get(type));
                if (type.contains("json")) {
                    draft.json = body;
                } else {
                    draft.raw = String.valueOf(body).getBytes(StandardCharsets.UTF_8);
                }
            }
            return draft;
        }

        private List<String> applicableKinds(Draft draft) {
            List<String> kinds = new ArrayList<>(List.of("wrong method", "long URI", "large headers", "extra query",
                    "unknown path"));
            if (!draft.query.isEmpty()) {
                kinds.addAll(List.of("query value", "query value", "query value", "duplicate query"));
            }
            if (!draft.pathValues.isEmpty()) {
                kinds.addAll(List.of("path segment", "path segment", "path segment"));
            }
            if (draft.headers.containsKey("If-Match")) {
                kinds.add("If-Match");
            }
            if (draft.headers.containsKey("Idempotency-Key")) {
                kinds.add("Idempotency-Key");
            }
            if (op.hasBody()) {
                kinds.addAll(List.of("content type", "empty body", "large body"));
            }
            if (draft.json != null) {
                kinds.addAll(List.of("invalid JSON", "top-level type", "deep nesting", "invalid UTF-8"));
                if (draft.json instanceof Map<?, ?> map && !map.isEmpty()) {
                    kinds.addAll(List.of("wrong type", "wrong type", "date as number", "huge number", "negative",
                            "empty value", "long string", "control character", "NUL", "unicode edge", "nested value",
                            "extra field", "missing field", "wrong enum", "bad UUID"));
                } else if (draft.json instanceof Map<?, ?>) {
                    kinds.add("extra field");
                }
            }
            return kinds;
        }

        @SuppressWarnings("unchecked")
        private void mutate(Draft draft, String kind) {
            switch (kind) {
                case "valid" -> {
                }
                case "wrong method" -> {
                    List<String> methods = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
                    methods.remove(op.method());
                    draft.method = methods.get(random.nextInt(methods.size()));
                }
                case "long URI" -> draft.query.add(new String[] {"padding", "x".repeat(random.nextInt(10) == 0 ? 9_000 + random.nextInt(55_000) : 8_200 + random.nextInt(4_000))});
                case "large headers" -> draft.headers.put("X-Padding", "y".repeat(random.nextInt(10) == 0 ? 17_000 + random.nextInt(45_000) : 16_500 + random.nextInt(4_000)));
                case "extra query" -> draft.query.add(new String[] {pick("unknown", "page", "size", "sort", "$where"),
                        encode(pick("1", "-1", "abc", "\u0000", "99999999999999999999", "'; drop table x; --"))});
                case "unknown path" -> draft.suffix = pick("/nothing", "/", "//", "/%2e%2e/%2e%2e/q/health", "/..;/x",
                        "/%00", "/" + "z".repeat(3000), "/%C3%28", "/.%2e/", "/%", "/50%off", "/%zz", "/a b", "/\u0001");
                case "query value" -> {
                    String[] entry = draft.query.get(random.nextInt(draft.query.size()));
                    draft.field = entry[0];
                    entry[1] = pick("abc", "20231031", "2023-13-45", "-1", "0", "99999999999999999999", "1e400", "",
                            "%00", "%01", "%1B", "%C3%28", "%FF", "%F0%9F%98%80", "%E2%80%AE", "NOPE", "true", "null",
                            "x".repeat(5_000), "%2F..%2F", "2023-10-31T25:61:00", "1.5", "%ED%A0%80", "+", " ",
                            "+999999999-12-31", "-000001-01-01", "0000-01-01", "%2B999999999-12-31", "%", "50%", "%zz",
                            "+10000-01");
                }
                case "duplicate query" -> {
                    String[] entry = draft.query.get(random.nextInt(draft.query.size()));
                    draft.query.add(new String[] {entry[0], pick("abc", entry[1], "-1", "NOPE", "")});
                }
                case "path segment" -> {
                    List<String> names = new ArrayList<>(draft.pathValues.keySet());
                    String name = names.get(random.nextInt(names.size()));
                    draft.field = name;
                    draft.pathValues.put(name, pick("%2F", "..", "%00", "%2e%2e", "%FF", "not-a-uuid",
                            "00000000-0000-0000-0000-00000000000g", "1", "-1", "99999999999999999999", "z".repeat(3_000),
                            "%01", "a%20b", "%C3%28", "%E2%80%8B", "%2F..%2F..%2Fq%2Fhealth", "%20", "null", "%25",
                            "2023-02-30", "0", "1e400", UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "x"));
                }
                case "If-Match" -> {
                    draft.field = "If-Match";
                    draft.headers.put("If-Match", pick("abc", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "*", "\"\"",
                            "\"1\", \"2\"", "\"" + "9".repeat(5_000) + "\"", "", "\"0", "1"));
                }
                case "Idempotency-Key" -> {
                    draft.field = "Idempotency-Key";
                    draft.headers.put("Idempotency-Key", pick("x".repeat(101), "x".repeat(5_000), " ", "",
                            "a b", "%00", "\"quoted\""));
                }
                case "content type" -> draft.contentType = pick(null, "text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
                        "garbage", "application/json;;", "text/csv", "application/octet-stream", "*/*", "application/json; charset=nope");
                case "empty body" -> {
                    draft.json = null;
                    draft.raw = new byte[0];
                }
                case "large body" -> {
                    int size = 1_050_000 + random.nextInt(random.nextInt(10) == 0 ? 2_000_000 : 100_000);
                    if (draft.json != null) {
                        draft.json = Map.of("padding", "p".repeat(size));
                    } else {
                        draft.raw = "q".repeat(size).getBytes(StandardCharsets.UTF_8);
                    }
                }
                case "invalid JSON" -> {
                    draft.json = null;
                    draft.raw = pick("{", "{\"a\":", "nul", "{\"a\":1,}", "[1,2", "{'a':1}", "{\"a\":1}}", "\"unterminated",
                            "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\\x\"}", "\u0000", "{\"\u0000\":1}", "{} {}")
                            .getBytes(StandardCharsets.UTF_8);
                }
                case "top-level type" -> {
                    draft.json = null;
                    draft.raw = pick("[]", "[{}]", "1", "-1", "\"text\"", "null", "true", "1e400", "[[[]]]")
                            .getBytes(StandardCharsets.UTF_8);
                }
                case "deep nesting" -> {
                    int depth = 60 + random.nextInt(3_000);
                    String open = random.nextBoolean() ? "[" : "{\"a\":";
                    String close = open.equals("[") ? "]" : "}";
                    draft.json = null;
                    draft.raw = ("{\"a\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
                }
                case "invalid UTF-8" -> {
                    draft.fragment = pick(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
                    draft.fragmentInString = true;
                    spoilField(draft, MARK);
                }
                case "wrong type" -> spoilField(draft, pick(12345, "abc", Map.of("x", 1), List.of(1, 2), true, 1.5));
                case "date as number" -> spoilField(draft, pick(20231031, 1698710400000L, "20231031", "2023-13-45", "31/10/2023", -1,
                        "+999999999-12-31", "-000001-01-01", "0000-01-01", "+10000-01-01", "-999999999-01-01T00:00:00Z",
                        "+999999999-12-31T23:59:59+08:00"));
                case "huge number" -> rawField(draft, pick("1e400", "99999999999999999999999999999999", "-9223372036854775809",
                        "1.7976931348623157E309", "123456789012345678901234567890.123456789"));
                case "negative" -> spoilField(draft, pick(-1, -2147483649L, -0.01, Integer.MIN_VALUE));
                case "empty value" -> spoilField(draft, pick("", " ", List.of(), Map.of()));
                case "long string" -> spoilField(draft, "长".repeat(2_001 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 10_000)));
                case "control character" -> spoilField(draft, "a" + pick("\u0001", "\u001b[31m", "\u007f", "\u0008", "\r\n\u000b", "\u0085", "\u2028") + "b");
                case "NUL" -> spoilField(draft, pick("\u0000", "a\u0000b", "\u0000\u0000"));
                case "unicode edge" -> {
                    if (random.nextBoolean()) {
                        rawField(draft, pick("\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\uDBFFb\""));
                    } else {
                        spoilField(draft, pick("\uFEFF", "\u202Eevil", "\u200B", "\uFFFF", "😀", "\uD83D\uDE00".repeat(300),
                                "e\u0301\u0301\u0301\u0301", "\u0000\uFFFE", "𠀋𠀌"));
                    }
                }
                case "nested value" -> {
                    int depth = 60 + random.nextInt(2_000);
                    rawField(draft, "[".repeat(depth) + "1" + "]".repeat(depth));
                }
                case "extra field" -> {
                    if (draft.json instanceof Map<?, ?> map) {
                        ((Map<String, Object>) map).put(pick("unknownField", "id", "version", "status", "__proto__", "createdAt"),
                                pick("x", 1, Map.of("y", 2)));
                        draft.field = null;
                    }
                }
                case "missing field" -> {
                    Map<String, Object> map = (Map<String, Object>) draft.json;
                    List<String> keys = new ArrayList<>(map.keySet());
                    String key = keys.get(random.nextInt(keys.size()));
                    map.remove(key);
                    draft.field = key;
                }
                case "wrong enum" -> spoilField(draft, pick("NOPE", "received", "RECEIVED ", "", "0", "ÄÖÜ"));
                case "bad UUID" -> spoilField(draft, pick("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1",
                        "{00000000-0000-0000-0000-000000000000}", "", "00000000000000000000000000000000"));
                default -> throw new IllegalStateException(kind);
            }
        }

        /** Replaces one property of the body (top level or one level down) with {@code value}. */
        @SuppressWarnings("unchecked")
        private void spoilField(Draft draft, Object value) {
            Map<String, Object> target = (Map<String, Object>) draft.json;
            if (target.isEmpty()) {
                // a body whose fields are all optional and none was drawn: the value goes in as a field of its own
                target.put("unknownField", value);
                draft.field = null;
                return;
            }
            String path = "";
            for (int depth = 0; depth < 3; depth++) {
                List<String> keys = new ArrayList<>(target.keySet());
                String key = keys.get(random.nextInt(keys.size()));
                Object current = target.get(key);
                if (current instanceof Map<?, ?> inner && !inner.isEmpty() && random.nextBoolean()) {
                    target = (Map<String, Object>) inner;
                    path = path + key + ".";
                    continue;
                }
                if (current instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> inner
                        && !inner.isEmpty() && random.nextBoolean()) {
                    target = (Map<String, Object>) inner;
                    path = path + key + "[0].";
                    continue;
                }
                target.put(key, value);
                draft.field = key;
                return;
            }
            String key = target.keySet().iterator().next();
            target.put(key, value);
            draft.field = key;
        }

        /** Replaces one property with JSON text the serializer would not write (a huge number, a lone surrogate). */
        private void rawField(Draft draft, String json) {
            draft.fragment = json.getBytes(StandardCharsets.UTF_8);
            draft.fragmentInString = false;
            spoilField(draft, MARK);
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }

        /** A request under construction. */
        final class Draft {
            String method = op.method();
            final Map<String, String> pathValues = new LinkedHashMap<>();
            final List<String[]> query = new ArrayList<>();
            final Map<String, String> headers = new LinkedHashMap<>();
            String contentType;
            Object json;
            byte[] raw;
            byte[] fragment;
            boolean fragmentInString;
            String field;
            String kind;
            String suffix = "";

            FuzzCase build(String kindName) {
                FuzzCase fuzz = new FuzzCase();
                fuzz.document = op.document();
                fuzz.operation = op.key();
                fuzz.kind = kindName;
                fuzz.method = method;
                String path = op.path();
                for (Map.Entry<String, String> value : pathValues.entrySet()) {
                    path = path.replace("{" + value.getKey() + "}", value.getValue());
                }
                path = path + suffix;
                fuzz.path = path;
                StringBuilder q = new StringBuilder();
                for (String[] entry : query) {
                    q.append(q.length() == 0 ? "?" : "&").append(entry[0]).append('=').append(entry[1]);
                }
                fuzz.pathAndQuery = path + q;
                fuzz.headers.putAll(headers);
                if ("no token".equals(kindName)) {
                    fuzz.headers.remove("Authorization");
                }
                if (contentType != null && (json != null || raw != null)) {
                    fuzz.headers.put("Content-Type", contentType);
                }
                if (json != null) {
                    fuzz.body = serialize();
                } else {
                    fuzz.body = raw;
                }
                fuzz.field = field;
                return fuzz;
            }

            private byte[] serialize() {
                String text;
                try {
                    text = JSON.writeValueAsString(json);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                if (fragment == null) {
                    return text.getBytes(StandardCharsets.UTF_8);
                }
                String quoted = "\"" + MARK + "\"";
                int at = text.indexOf(quoted);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                if (fragmentInString) {
                    out.writeBytes("\"a".getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(fragment);
                    out.writeBytes("b\"".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.writeBytes(fragment);
                }
                out.writeBytes(text.substring(at + quoted.length()).getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text, int max) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + flat.length() + " chars)";
    }

    private static String portOf(String url) {
        return url.substring(url.lastIndexOf(':') + 1);
    }

    private static Map<String, Long> counts(Map<?, LongAdder> adders) {
        Map<String, Long> counts = new LinkedHashMap<>();
        adders.forEach((key, adder) -> counts.put(String.valueOf(key), adder.sum()));
        return counts;
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static long longProperty(String name, long fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : Long.parseLong(value.trim());
    }
}

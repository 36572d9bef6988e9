package cn.jiedao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request limits on the packaged services, each directly and through the gateway: a long URI (414),
 * large headers (431), a JSON body past 1 MiB (413), JSON nested too deep (400 naming the limit), each an RFC
 * 9457 problem naming what it refuses; a census file larger than a JSON body may be reaches economy.
 */
class LimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Where to send each area's request: a read and a JSON creation every role below may make. */
    private static final Map<String, String[]> AREAS = Map.of(
            "economy", new String[] {"economy-service", "/api/economy/units", "/api/economy/signed-projects", "economy-officer"},
            "mediation", new String[] {"mediation-service", "/api/mediation/disputes", "/api/mediation/disputes", "mediator"},
            "safety", new String[] {"safety-service", "/api/safety/hazards", "/api/safety/drills", "safety-officer"},
            "hub", new String[] {"services-hub", "/api/hub/volunteer-teams", "/api/hub/volunteer-teams", "hub-staff"});

    private static final Map<String, String> BASES = new LinkedHashMap<>();

    @BeforeAll
    static void startPlatform() {
        Stack stack = Stack.get();
        AREAS.forEach((area, target) -> BASES.put(area + " direct", stack.direct(target[0])));
        AREAS.forEach((area, target) -> BASES.put(area + " via gateway", stack.gateway()));
    }

    @Test
    void aLongUriIs414ProblemDirectlyAndThroughTheGateway() throws Exception {
        eachTarget((name, base, target) -> {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + target[1] + "?padding=" + "x".repeat(12_000)))
                    .header("Authorization", Tokens.bearer(target[3])).GET());
            assertProblem(name, answer, 414, "uri");
        });
    }

    @Test
    void largeHeadersAre431ProblemDirectlyAndThroughTheGateway() throws Exception {
        eachTarget((name, base, target) -> {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + target[1]))
                    .header("Authorization", Tokens.bearer(target[3])).header("X-Padding", "y".repeat(20_000)).GET());
            assertProblem(name, answer, 431, "headers");
        });
    }

    @Test
    void aJsonBodyPastOneMebibyteIs413ProblemDirectlyAndThroughTheGateway() throws Exception {
        String large = "{\"name\":\"" + "z".repeat(1_100_000) + "\"}";
        eachTarget((name, base, target) -> {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + target[2]))
                    .header("Authorization", Tokens.bearer(target[3])).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(large)));
            assertProblem(name, answer, 413, "body");
        });
    }

    /**
     * Where the parser descends into the nesting (an ignored or free-form member) the limit answers, naming
     * {@code body}; where a typed member meets an array first, that member is named. Either way a 400 problem.
     */
    @Test
    void jsonNestedTooDeepIs400NamingTheLimitOrTheFieldDirectlyAndThroughTheGateway() throws Exception {
        String deep = "{\"name\":" + "[".repeat(200) + "]".repeat(200) + "}";
        eachTarget((name, base, target) -> {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + target[2]))
                    .header("Authorization", Tokens.bearer(target[3])).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(deep)));
            JsonNode problem = assertProblem(name, answer, 400, null);
            JsonNode error = problem.path("errors").get(0);
            if (error.path("field").asText().equals("body")) {
                assertThat(error.path("reason").asText()).as(name).contains("deeper than 64 levels");
            } else {
                assertThat(error.path("field").asText()).as(name).isEqualTo("name");
            }
            // A member no request has is skipped, and skipping descends: the limit answers.
            String skipped = "{\"nesting\":" + "[".repeat(200) + "]".repeat(200) + "}";
            HttpResponse<String> limit = send(HttpRequest.newBuilder(URI.create(base + target[2]))
                    .header("Authorization", Tokens.bearer(target[3])).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(skipped)));
            JsonNode refused = assertProblem(name, limit, 400, "body");
            assertThat(refused.path("errors").get(0).path("reason").asText()).as(name).contains("deeper than 64 levels");
        });
    }

    @Test
    void aCensusFileLargerThanAJsonBodyReachesEconomyDirectlyAndThroughTheGateway() throws Exception {
        String census = "recordType,registerCode,creditCode,name\n" + "法人单位,0001,91360121MA35XXXX0X,测试单位\n".repeat(60_000);
        assertThat(census.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1024 * 1024);
        for (String base : new String[] {Stack.get().direct("economy-service"), Stack.get().gateway()}) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/economy/census/imports"))
                    .header("Authorization", Tokens.bearer("census-platform")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(census)));
            assertThat(answer.statusCode()).as("census upload at %s: %s", base, answer.body()).isEqualTo(202);
        }
    }

    private interface TargetCheck {
        void check(String name, String base, String[] target) throws Exception;
    }

    private static void eachTarget(TargetCheck check) throws Exception {
        for (Map.Entry<String, String> base : BASES.entrySet()) {
            String area = base.getKey().substring(0, base.getKey().indexOf(' '));
            check.check(base.getKey(), base.getValue(), AREAS.get(area));
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode assertProblem(String name, HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as("%s: %s", name, answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(name).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(name).isEqualTo(status);
        assertThat(problem.path("title").asText()).as(name).isNotBlank();
        assertThat(problem.path("errors").isEmpty()).as("%s names what it refuses: %s", name, answer.body()).isFalse();
        if (field != null) {
            assertThat(problem.path("errors").get(0).path("field").asText()).as(name).isEqualTo(field);
        }
        return problem;
    }
}

package cn.jiedao.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.testing.RefusedTokens;
import cn.jiedao.testing.TestTokens;
import cn.jiedao.kernel.security.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class ApiProxyTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void requestWithValidTokenReachesTheServiceWithPathQueryMethodBodyAndHeaders() {
        String token = TestTokens.bearer(Roles.MEDIATOR);

        given().header("Authorization", token).header("X-Request-Id", "frontend-42")
                .contentType(ContentType.JSON).body("{\"summary\":\"楼上漏水\"}")
                .queryParam("page", 0).queryParam("size", 20)
                .post("/api/mediation/disputes")
                .then().statusCode(200)
                .header("X-Upstream", "mediation")
                .header("ETag", "\"3\"")
                .header("X-Request-Id", "frontend-42")
                .body("area", equalTo("mediation"));

        JsonPath call = Fakes.onlyCall("mediation");
        assertThat(call.getString("method")).isEqualTo("POST");
        assertThat(call.getString("path")).isEqualTo("/api/mediation/disputes");
        assertThat(call.getString("query")).isEqualTo("page=0&size=20");
        assertThat(call.getString("body")).isEqualTo("{\"summary\":\"楼上漏水\"}");
        assertThat(call.getString("headers.authorization")).isEqualTo(token);
        assertThat(call.getString("headers.'x-request-id'")).isEqualTo("frontend-42");
        assertThat(call.getString("headers.'content-type'")).startsWith("application/json");
        assertThat(call.getString("headers.'x-forwarded-for'")).isEqualTo("127.0.0.1");
        assertThat(call.getString("headers.'x-forwarded-proto'")).isEqualTo("http");
        assertThat(call.getString("headers.'x-forwarded-host'")).isEqualTo("localhost:" + RestAssured.port);
        assertThat(call.getString("headers.host"))
                .as("the service is asked under its own name").isEqualTo(Fakes.url("mediation").substring(7));
    }

    @Test
    void areaRootAndEveryAreaAreForwarded() {
        for (String area : new String[] {"economy", "mediation", "safety", "hub"}) {
            given().header("Authorization", TestTokens.bearer(Roles.STREET_ADMIN))
                    .get("/api/" + area)
                    .then().statusCode(200).header("X-Upstream", area);
            assertThat(Fakes.onlyCall(area).getString("path")).isEqualTo("/api/" + area);
        }
    }

    @Test
    void serviceAnswerPassesThroughWithLocationPointingAtTheGateway() {
        given().header("Authorization", TestTokens.bearer(Roles.ECONOMY_OFFICER))
                .post("/api/economy/things/created")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", "http://localhost:" + RestAssured.port + "/api/economy/things/7")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("id", equalTo(7));
    }

    @Test
    void serviceRefusalForTheRolePassesThrough() {
        given().header("Authorization", TestTokens.bearer(Roles.GRID_WORKER))
                .get("/api/safety/key-persons/forbidden")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("Your role may not GET /api/safety/key-persons/forbidden"));
    }

    @Test
    void requestWithoutTokenIsRefusedWith401ProblemAndNeverReachesTheService() {
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/mediation/disputes")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"))
                .body("instance", equalTo("/api/mediation/disputes"))
                .body("requestId", org.hamcrest.Matchers.notNullValue());

        assertThat(Fakes.calls("mediation")).as("calls the mediation service saw").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "anotherKey", "anotherIssuer", "expired"})
    void requestWithBadTokenIsRefusedWith401ProblemAndNeverReachesTheService(String kind) {
        String token = switch (kind) {
            case "garbage" -> "Bearer not-a-jwt";
            case "anotherKey" -> "Bearer " + RefusedTokens.signedByAnotherKey(Roles.STREET_ADMIN);
            case "anotherIssuer" -> "Bearer " + RefusedTokens.fromAnotherIssuer(Roles.STREET_ADMIN);
            default -> "Bearer " + RefusedTokens.expired(Roles.STREET_ADMIN);
        };

        given().header("Authorization", token)
                .get("/api/economy/indicators")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));

        assertThat(Fakes.calls("economy")).as("calls the economy service saw").isEmpty();
    }

    @Test
    void unknownAreaIs404Problem() {
        given().header("Authorization", TestTokens.bearer(Roles.STREET_ADMIN))
                .get("/api/parking/lots")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Nothing at GET /api/parking/lots"));
    }

    @Test
    void areaNameMustMatchWholeSegment() {
        given().header("Authorization", TestTokens.bearer(Roles.STREET_ADMIN))
                .get("/api/economyx/units")
                .then().statusCode(404).contentType(PROBLEM);

        assertThat(Fakes.calls("economy")).isEmpty();
    }

    @Test
    void reportsAreaBelongsToTheGatewayAndIsNeverForwarded() {
        // The annual report (a resource of the gateway's own, which asks the services itself) has its own test.
        given().header("Authorization", TestTokens.bearer(Roles.LEADER))
                .get("/api/reports/monthly/2023")
                .then().statusCode(404).contentType(PROBLEM);

        for (String area : new String[] {"economy", "mediation", "safety", "hub"}) {
            assertThat(Fakes.calls(area)).as("calls the " + area + " service saw").isEmpty();
        }
    }

    @Test
    void serviceDownIs502ProblemNamingTheArea() {
        Fakes.stop("safety");

        given().header("Authorization", TestTokens.bearer(Roles.SAFETY_OFFICER))
                .get("/api/safety/hazards")
                .then().statusCode(502)
                .contentType(PROBLEM)
                .body("title", equalTo("Bad gateway"))
                .body("detail", startsWith("safety service is unavailable"))
                .body("instance", equalTo("/api/safety/hazards"));
    }

    @Test
    void slowServiceIs504ProblemNamingTheArea() {

        given().header("Authorization", TestTokens.bearer(Roles.ECONOMY_OFFICER))
                .get("/api/economy/indicators/slow")
                .then().statusCode(504)
                .contentType(PROBLEM)
                .body("title", equalTo("Gateway timeout"))
                .body("detail", startsWith("economy service did not answer within 1 s"));

    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP_1_1", "HTTP_2"})
    void largeBodiesStreamBothWaysWithoutContentLength(HttpClient.Version version) throws Exception {
        byte[] upload = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(upload);
        HttpClient http = HttpClient.newBuilder().version(version).build();
        URI base = URI.create("http://localhost:" + RestAssured.port);

        // An input-stream body has no known length: HTTP/1.1 sends it chunked.
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(base.resolve("/api/economy/census/imports"))
                        .header("Authorization", TestTokens.bearer(Roles.CENSUS_PLATFORM))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(upload)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.version()).isEqualTo(version);
        JsonPath seen = Fakes.onlyCall("economy");
        assertThat(seen.getInt("bodyLength")).isEqualTo(upload.length);
        assertThat(seen.getString("bodySha256")).isEqualTo(sha256(upload));

        HttpResponse<byte[]> downloaded = http.send(
                HttpRequest.newBuilder(base.resolve("/api/economy/census/download?bytes=2500000"))
                        .header("Authorization", TestTokens.bearer(Roles.CENSUS_PLATFORM)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Length")).as("streamed, not buffered").isEmpty();
        if (version == HttpClient.Version.HTTP_1_1) {
            assertThat(downloaded.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        }
        byte[] body = downloaded.body();
        assertThat(body).hasSize(2_500_000);
        for (int i = 0; i < body.length; i += 99_991) {
            assertThat(body[i]).as("byte " + i).isEqualTo((byte) (i % 251));
        }
    }

    @Test
    void aCensusFileLargerThanTheDefaultBodyLimitPassesThrough() throws Exception {
        byte[] upload = new byte[21 * 1024 * 1024];
        new Random(11).nextBytes(upload);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // A byte-array body is sent with its Content-Length, which the HTTP server checks against its limit.
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + RestAssured.port + "/api/economy/census/imports"))
                        .header("Authorization", TestTokens.bearer(Roles.CENSUS_PLATFORM))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(upload))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(Fakes.onlyCall("economy").getInt("bodyLength")).isEqualTo(upload.length);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

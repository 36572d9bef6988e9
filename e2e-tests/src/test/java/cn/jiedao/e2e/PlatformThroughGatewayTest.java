package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged platform, started as {@code ./jiedao up} starts it, driven only through the gateway, with
 * the event path between two real services over the real broker. The Kafka outage runs last: it stops the
 * shared broker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformThroughGatewayTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Stack.get().gateway();
    }

    @Test
    @Order(1)
    void gatewayReadinessShowsEveryUpstreamUp() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.economy", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.mediation", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.safety", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.hub", equalTo("UP"));
    }

    @Test
    @Order(2)
    void everyAreaServesItsCodesThroughTheGateway() {
        String token = TestTokens.bearer("mediator");
        given().header("Authorization", token).when().get("/api/mediation/codes").then().statusCode(200)
                .body("disputeCategories.codes.find { it.code == 'PROPERTY_MANAGEMENT' }.label", equalTo("物业类"));
        given().header("Authorization", token).when().get("/api/economy/codes").then().statusCode(200)
                .body("unitCategories.codes.find { it.code == 'ABOVE_SCALE_SERVICES' }.label", equalTo("规上服务业"));
        given().header("Authorization", token).when().get("/api/safety/codes").then().statusCode(200)
                .body("keyPersonCategories.codes.find { it.code == 'DRUG_USER' }.label", equalTo("吸毒人员"));
        given().header("Authorization", token).when().get("/api/hub/codes").then().statusCode(200)
                .body("serviceModes.codes.find { it.code == 'SELF_SERVICE' }.label", equalTo("自助办理"));
    }

    @Test
    @Order(3)
    void noTokenIs401ProblemAndAnUnknownPathIs404Problem() {
        given().when().get("/api/mediation/codes").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", TestTokens.bearer("mediator")).when().get("/api/mediation/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("instance", equalTo("/api/mediation/no-such-thing"));
        given().header("Authorization", TestTokens.bearer("mediator")).when().get("/api/parking/spaces")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @Order(4)
    void theServicesRoleCheckAnswersThroughTheGateway() {
        given().header("Authorization", TestTokens.bearer("hub-staff")).when()
                .get("/api/safety/illegal-construction-cases").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @Order(5)
    void anIllegalStructureComplaintOpensACaseInSafetyWhoseDemolitionResolvesItInMediation() {
        String disputeId = registerComplaint("伟梦清水湾2栋", 201);
        await().atMost(WAIT).untilAsserted(() -> casesFor(disputeId).body("total", equalTo(1)));
        casesFor(disputeId).body("items[0].address", equalTo("伟梦清水湾2栋"))
                .body("items[0].status", equalTo("REPORTED"))
                .body("items[0].sourceCaseNo", containsString("TJ-"));
        String caseId = casesFor(disputeId).extract().path("items[0].id");
        // the day the case was opened in the street, the earliest a demolition may be dated
        String openedOn = java.time.OffsetDateTime.parse(casesFor(disputeId).extract().<String>path("items[0].openedAt"))
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        String path = "/api/safety/illegal-construction-cases/" + caseId;
        String etag = given().header("Authorization", TestTokens.bearer("safety-officer")).get(path).then()
                .statusCode(200).extract().header("ETag");
        etag = given().header("Authorization", TestTokens.bearer("safety-officer")).header("If-Match", etag)
                .contentType("application/json").body("{\"areaSquareMetres\": 18.5}").post(path + "/verification")
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", TestTokens.bearer("safety-officer")).header("If-Match", etag)
                .contentType("application/json")
                .body("{\"demolishedOn\": \"" + openedOn + "\", \"areaSquareMetres\": 18.5}")
                .post(path + "/demolition").then().statusCode(200).body("status", equalTo("DEMOLISHED"));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("mediator"))
                .get("/api/mediation/disputes/" + disputeId).then().statusCode(200)
                .body("status", equalTo("CONCLUDED")).body("conclusion.outcome", equalTo("RESOLVED")));
    }

    @Test
    @Order(6)
    void aRedeliveredDisputeEventOpensNoSecondCase() {
        String disputeId = registerComplaint("奥园小区7栋", 201);
        var records = KafkaTopics.readUntil("mediation.dispute-events", r -> r.value().contains(disputeId), WAIT);
        var original = records.get(records.size() - 1);
        KafkaTopics.writeCloudEvent("mediation.dispute-events", original.key(), original.value());
        KafkaTopics.writeCloudEvent("mediation.dispute-events", original.key(), original.value());
        String marker = registerComplaint("景诚名郡1栋", 201);

        await().atMost(WAIT).untilAsserted(() -> casesFor(marker).body("total", equalTo(1)));
        casesFor(disputeId).body("total", equalTo(1));
    }

    @Test
    @Order(100)
    void aComplaintRegisteredWhileKafkaIsDownReachesSafetyWhenKafkaReturns() {
        // Every upstream follows Kafka (KafkaReadiness): all UP before, all DOWN while it is stopped, all UP after.
        readinessThroughTheGateway().statusCode(200).body("status", equalTo("UP"));
        everyUpstream(readinessThroughTheGateway(), equalTo("UP"));
        RealInfrastructure.stopKafka();
        String disputeId;
        try {
            // Registration does not need Kafka: the event waits in mediation's outbox.
            disputeId = registerComplaint("幸福时光小区9栋", 201);
            await().atMost(WAIT).untilAsserted(() -> everyUpstream(readinessThroughTheGateway().statusCode(503)
                    .body("status", equalTo("DOWN")), startsWith("DOWN")));
            casesFor(disputeId).body("total", equalTo(0));
        } finally {
            RealInfrastructure.startKafka();
        }
        // Back UP only if each service reaches the restarted broker again.
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                everyUpstream(readinessThroughTheGateway().statusCode(200).body("status", equalTo("UP")), equalTo("UP")));
        // The event registered while Kafka was down left the outbox for the restarted broker, and safety read it.
        var arrived = KafkaTopics.readUntil("mediation.dispute-events", r -> r.value().contains(disputeId), WAIT);
        assertThat(arrived).anySatisfy(r -> assertThat(r.value()).contains("mediation.dispute.registered")
                .contains(disputeId));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> casesFor(disputeId).body("total", equalTo(1)));
        casesFor(disputeId).body("items[0].address", equalTo("幸福时光小区9栋"));
    }

    private static ValidatableResponse readinessThroughTheGateway() {
        return given().when().get("/q/health/ready").then();
    }

    private static void everyUpstream(ValidatableResponse readiness, org.hamcrest.Matcher<String> state) {
        for (String area : new String[] {"economy", "mediation", "safety", "hub"}) {
            readiness.body("checks.find { it.name == 'upstreams' }.data." + area, state);
        }
    }

    private static String registerComplaint(String address, int expectedStatus) {
        return given().header("Authorization", TestTokens.bearer("grid-worker")).contentType("application/json")
                .body("""
                        {"channel": "GRID_REPORT", "category": "MUNICIPAL_ILLEGAL_CONSTRUCTION",
                         "summary": "小区内违章搭建", "address": "%s", "gridCode": "360121001001001",
                         "illegalStructure": true}""".formatted(address))
                .when().post("/api/mediation/disputes")
                .then().statusCode(expectedStatus).extract().path("id");
    }

    private static ValidatableResponse casesFor(String disputeId) {
        return given().header("Authorization", TestTokens.bearer("safety-officer"))
                .queryParam("sourceDisputeId", disputeId)
                .when().get("/api/safety/illegal-construction-cases")
                .then().statusCode(200);
    }
}

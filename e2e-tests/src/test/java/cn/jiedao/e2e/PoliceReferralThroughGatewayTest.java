package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The police-referral flow of ARCHITECTURE.md across the packaged platform: the police system puts a
 * referral on {@code police.dispute-referrals}, reads its state through the gateway, the centre accepts and
 * concludes it through the gateway, and the outcome reaches the police on {@code mediation.referral-outcomes}.
 */
class PoliceReferralThroughGatewayTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Stack.get().gateway();
    }

    @Test
    void aReferralOverKafkaIsMediatedThroughTheGatewayAndItsOutcomeReturnsToThePolice() {
        String referralNo = "JQ-E2E-" + UUID.randomUUID().toString().substring(0, 8);
        String at = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10).toString();
        String event = """
                {"specversion": "1.0", "id": "%s", "type": "police.dispute.referred",
                 "source": "/police/stations/bayuehu", "time": "%s", "datacontenttype": "application/json",
                 "data": {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s",
                          "category": "PROPERTY_MANAGEMENT", "summary": "楼上漏水引发纠纷", "address": "幸福时光小区3栋",
                          "gridCode": "360121001001001",
                          "parties": [{"name": "张三", "phone": "13800000000", "role": "APPLICANT"}]}}"""
                .formatted(UUID.randomUUID(), at, referralNo, at);
        KafkaTopics.writeCloudEvent("police.dispute-referrals", referralNo, event);
        KafkaTopics.writeCloudEvent("police.dispute-referrals", referralNo, event); // redelivered

        await().atMost(WAIT).untilAsserted(() -> referral(referralNo).statusCode(200));
        String disputeId = referral(referralNo).body("status", equalTo("RECEIVED"))
                .body("category", equalTo("PROPERTY_MANAGEMENT")).extract().path("disputeId");

        // The centre takes it on: a mediator, a room, acceptance and conclusion, all through the gateway.
        String mediatorId = given().header("Authorization", TestTokens.bearer("street-admin")).contentType("application/json")
                .body("{\"name\": \"陈红\", \"specialities\": [\"PROPERTY_MANAGEMENT\"]}")
                .when().post("/api/mediation/mediators").then().statusCode(201).extract().path("id");
        String roomId = given().header("Authorization", TestTokens.bearer("street-admin")).contentType("application/json")
                .body("{\"name\": \"陈红调解室-" + referralNo + "\", \"leadMediatorId\": \"" + mediatorId + "\"}")
                .when().post("/api/mediation/rooms").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("mediator")).header("If-Match", etag(disputeId))
                .contentType("application/json")
                .body("{\"roomId\": \"" + roomId + "\", \"mediatorId\": \"" + mediatorId + "\"}")
                .when().post("/api/mediation/disputes/" + disputeId + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().header("Authorization", TestTokens.bearer("mediator")).header("If-Match", etag(disputeId))
                .contentType("application/json")
                .body("""
                        {"outcome": "RESOLVED", "summary": "双方达成协议,楼上住户负责维修",
                         "agreement": {"form": "WRITTEN", "obligations": "修复防水层", "performanceTerms": "五日内完成"}}""")
                .when().post("/api/mediation/disputes/" + disputeId + "/conclusion")
                .then().statusCode(200).body("status", equalTo("CONCLUDED"));

        List<ConsumerRecord<String, String>> outcomes = KafkaTopics.readUntil("mediation.referral-outcomes",
                r -> referralNo.equals(r.key()), WAIT);
        JsonPath outcome = JsonPath.from(outcomes.get(outcomes.size() - 1).value());
        assertThat(outcome.getString("type")).isEqualTo("mediation.referral.concluded");
        assertThat(outcome.getString("data.disputeId")).isEqualTo(disputeId);
        assertThat(outcome.getString("data.outcome")).isEqualTo("RESOLVED");
        assertThat(outcomes.stream().filter(r -> referralNo.equals(r.key())).count())
                .as("outcome events for %s", referralNo).isEqualTo(1);

        referral(referralNo).body("status", equalTo("CONCLUDED")).body("outcome", equalTo("RESOLVED"))
                .body("disputeId", equalTo(disputeId));
    }

    @Test
    void aRestReferralWithAnIdempotencyKeyCrossesTheGatewayOnce() {
        String referralNo = "JQ-E2E-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String body = """
                {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s",
                 "category": "UNKNOWN_KIND", "summary": "邻里噪音纠纷"}"""
                .formatted(referralNo, OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1));
        String first = submit(key, body).statusCode(201).body("category", equalTo("OTHER"))
                .body("needsClassification", equalTo(true)).extract().path("disputeId");
        submit(key, body).statusCode(201).body("disputeId", equalTo(first));
        submit(key, body.replace("邻里噪音纠纷", "另一件事")).statusCode(422).contentType("application/problem+json");
    }

    private static ValidatableResponse submit(String key, String body) {
        return given().header("Authorization", TestTokens.bearer("police-system")).header("Idempotency-Key", key)
                .contentType("application/json").body(body)
                .when().post("/api/mediation/police-referrals").then();
    }

    private static ValidatableResponse referral(String referralNo) {
        return given().header("Authorization", TestTokens.bearer("police-system"))
                .when().get("/api/mediation/police-referrals/" + referralNo).then();
    }

    private static String etag(String disputeId) {
        return given().header("Authorization", TestTokens.bearer("mediator"))
                .when().get("/api/mediation/disputes/" + disputeId).then().statusCode(200).extract().header("ETag");
    }
}

package cn.jiedao.safety.construction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.CloudEventFixture;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** mediation.dispute-events → illegal-construction cases, read from the real broker. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class DisputeEventsConsumerTest {

    static final String TOPIC = "mediation.dispute-events";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anIllegalStructureComplaintOpensOneCaseHoweverOftenItIsDelivered() {
        UUID dispute = UUID.randomUUID();
        String event = registered(UUID.randomUUID().toString(), dispute, true);
        KafkaTopics.writeCloudEvent(TOPIC, dispute.toString(), event);
        KafkaTopics.writeCloudEvent(TOPIC, dispute.toString(), event);
        // the same complaint again under a new event id (a producer that resent it) still opens one case
        KafkaTopics.writeCloudEvent(TOPIC, dispute.toString(), registered(UUID.randomUUID().toString(), dispute, true));
        UUID marker = UUID.randomUUID();
        KafkaTopics.writeCloudEvent(TOPIC, marker.toString(), registered(UUID.randomUUID().toString(), marker, true));

        await().atMost(WAIT).untilAsserted(() -> casesFor(marker).body("total", equalTo(1)));
        casesFor(dispute).body("total", equalTo(1))
                .body("items[0].status", equalTo("REPORTED"))
                .body("items[0].source", equalTo("COMPLAINT"))
                .body("items[0].address", equalTo("幸福时光小区3栋"))
                .body("items[0].gridCode", equalTo("360121001001001"))
                .body("items[0].sourceCaseNo", equalTo("TJ-2023-00017"));
        String caseId = casesFor(dispute).extract().path("items[0].id");
        var opened = KafkaTopics.readUntil("safety.case-events", r -> r.key().equals(caseId), WAIT);
        assertThat(opened.get(opened.size() - 1).value()).contains("safety.case.opened").contains(dispute.toString());
    }

    @Test
    void aComplaintThatIsNotAboutAnIllegalStructureOpensNothing() {
        UUID dispute = UUID.randomUUID();
        KafkaTopics.writeCloudEvent(TOPIC, dispute.toString(), registered(UUID.randomUUID().toString(), dispute, false));
        UUID marker = UUID.randomUUID();
        KafkaTopics.writeCloudEvent(TOPIC, marker.toString(), registered(UUID.randomUUID().toString(), marker, true));
        await().atMost(WAIT).untilAsserted(() -> casesFor(marker).body("total", equalTo(1)));
        casesFor(dispute).body("total", equalTo(0));
    }

    @Test
    void anUnreadableEventGoesToTheDlqWithItsReasonAndConsumptionGoesOn() {
        String poison = CloudEventFixture.of("mediation.dispute.registered").source("/jiedao/mediation")
                .data("{\"caseNo\":\"TJ-2023-00099\",\"illegalStructure\":true}").outsideContract().json();
        KafkaTopics.writeCloudEvent(TOPIC, "poison", poison);
        UUID marker = UUID.randomUUID();
        KafkaTopics.writeCloudEvent(TOPIC, marker.toString(), registered(UUID.randomUUID().toString(), marker, true));
        await().atMost(WAIT).untilAsserted(() -> casesFor(marker).body("total", equalTo(1)));

        var dlq = KafkaTopics.readUntil(TOPIC + ".dlq", r -> r.value().equals(poison), WAIT);
        var reason = dlq.get(dlq.size() - 1).headers().lastHeader("dead-letter-reason");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("disputeId is missing");
    }

    @Test
    void casesAreNotOpenToOtherRoles() {
        given().header("Authorization", TestTokens.bearer("grid-worker"))
                .when().get("/api/safety/illegal-construction-cases")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse casesFor(UUID dispute) {
        return given().header("Authorization", TestTokens.bearer("safety-officer"))
                .queryParam("sourceDisputeId", dispute)
                .when().get("/api/safety/illegal-construction-cases")
                .then().statusCode(200);
    }

    private static String registered(String eventId, UUID dispute, boolean illegalStructure) {
        return CloudEventFixture.of("mediation.dispute.registered").id(eventId).source("/jiedao/mediation")
                .subject(dispute.toString()).time(OffsetDateTime.parse("2023-05-04T09:30:00+08:00")).data("""
                        {"disputeId":"%s","caseNo":"TJ-2023-00017","channel":"GRID_REPORT",
                         "category":"MUNICIPAL_ILLEGAL_CONSTRUCTION","summary":"楼顶违章搭建阳光房",
                         "address":"幸福时光小区3栋","gridCode":"360121001001001","illegalStructure":%s,
                         "registeredAt":"2023-05-04T09:30:00+08:00","receivedAt":null,
                         "needsClassification":false,"referralNo":null}""".formatted(dispute, illegalStructure))
                .json();
    }
}

package cn.jiedao.mediation.dispute;

import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.CloudEventFixture;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * hub.volunteer-events → a VOLUNTEER_HELP entry in the dispute's history and the count of disputes helped by
 * volunteers; from the real broker. The disputes are received in 2018, a year no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class VolunteerEventsConsumerTest {

    static final String TOPIC = "hub.volunteer-events";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String DISPUTE = """
            {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "楼上漏水殃及楼下",
             "address": "幸福时光小区5栋", "gridCode": "360121001001002",
             "parties": [{"role": "APPLICANT", "name": "张三", "phone": "13800001234"}]}""";

    @Inject
    StreetTime time;

    @BeforeEach
    void inApril2018() {
        time.useClock(Clock.fixed(Instant.parse("2018-04-02T02:00:00Z"), time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    static String helped(String caseNo, String team, String title) {
        UUID activity = UUID.randomUUID();
        return CloudEventFixture.of("hub.volunteer-activity.dispute-helped").source("/jiedao/hub")
                .subject(activity.toString()).data("""
                {"activityId":"%s","teamId":"%s","teamName":"%s","kind":"DISPUTE_MEDIATION","title":"%s",
                 "heldOn":"2018-04-03","disputeCaseNo":"%s","volunteers":2,"hours":5,"note":null}"""
                .formatted(activity, UUID.randomUUID(), team, title, caseNo)).json();
    }

    static io.restassured.response.ValidatableResponse dispute(String id) {
        return as("mediator").get("/api/mediation/disputes/" + id).then().statusCode(200);
    }

    @Test
    void aVolunteerActivityGoesIntoTheDisputesHistoryOnceAndIsCountedInTheFigures() {
        String id = registerWalkIn(DISPUTE);
        String caseNo = dispute(id).extract().path("caseNo");
        String key = "activity-" + UUID.randomUUID();
        String first = helped(caseNo, "八月湖红马甲志愿服务队", "入户协调漏水维修");
        KafkaTopics.writeCloudEvent(TOPIC, key, first);
        KafkaTopics.writeCloudEvent(TOPIC, key, first); // redelivered
        KafkaTopics.writeCloudEvent(TOPIC, key, helped("TJ-2018-99999", "八月湖红马甲志愿服务队", "不在本中心的纠纷"));
        KafkaTopics.writeCloudEvent(TOPIC, key, helped(caseNo, "老娘舅调解志愿队", "回访双方"));

        await().atMost(WAIT).untilAsserted(() -> dispute(id).body("history.size()", equalTo(3)));
        dispute(id).body("status", equalTo("RECEIVED"))
                .body("history.action", contains("REGISTER", "VOLUNTEER_HELP", "VOLUNTEER_HELP"))
                .body("history[1].note", equalTo("志愿服务队 八月湖红马甲志愿服务队 协助调解（2018-04-03，2 名志愿者）: 入户协调漏水维修"))
                .body("history[1].actor", equalTo("kafka:hub.volunteer-events"))
                .body("history[2].note", org.hamcrest.Matchers.startsWith("志愿服务队 老娘舅调解志愿队"))
                .body("allowedSteps", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("VOLUNTEER_HELP")));
        String other = registerWalkIn(DISPUTE);
        as("leader").get("/api/mediation/statistics?from=2018-01-01&to=2018-12-31").then().statusCode(200)
                .body("disputesHelpedByVolunteers", equalTo(1)).body("total", equalTo(2));
        assertThat(other).isNotEqualTo(id);
    }

    @Test
    void anUnreadableVolunteerEventGoesToTheDlqWithItsReason() {
        String poison = CloudEventFixture.of("hub.volunteer-activity.dispute-helped").source("/jiedao/hub")
                .data("{\"activityId\":\"" + UUID.randomUUID() + "\",\"title\":\"x\",\"heldOn\":\"2018-04-03\","
                        + "\"disputeCaseNo\":\"TJ-2018-00001\",\"volunteers\":1}").outsideContract().json();
        KafkaTopics.writeCloudEvent(TOPIC, "poison", poison);
        var dlq = KafkaTopics.readUntil(TOPIC + ".dlq", r -> r.value().equals(poison), WAIT);
        var reason = dlq.get(dlq.size() - 1).headers().lastHeader("dead-letter-reason");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("teamName is missing");
    }
}

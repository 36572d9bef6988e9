package cn.jiedao.mediation.dispute;

import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.mediation.MediationApi;
import cn.jiedao.testing.CloudEventFixture;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** safety.case-events → the complaint's history and, on demolition, its conclusion; from the real broker. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class CaseEventsConsumerTest {

    static final String TOPIC = "safety.case-events";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String COMPLAINT = """
            {"channel": "GRID_REPORT", "category": "MUNICIPAL_ILLEGAL_CONSTRUCTION", "summary": "楼顶违章搭建阳光房",
             "address": "幸福时光小区3栋", "gridCode": "360121001001001", "illegalStructure": true,
             "parties": [{"role": "APPLICANT", "name": "张三", "phone": "13800001234"}]}""";

    /** A step as safety publishes it (its contract in docs/events): the status is the one the step reached. */
    static String caseStep(String type, UUID caseId, String disputeId, String note) {
        String status = type.substring("safety.case.".length()).toUpperCase().replace('-', '_');
        boolean demolished = status.equals("DEMOLISHED") || status.equals("CLOSED");
        return CloudEventFixture.of(type).source("/jiedao/safety").subject(caseId.toString()).data("""
                {"caseId":"%s","caseNo":"WJ-2023-00042","sourceDisputeId":%s,"sourceCaseNo":%s,"status":"%s",
                 "address":"幸福时光小区3栋","gridCode":"360121001001001","at":"2023-06-01T10:00:00+08:00","note":"%s",
                 "demolishedOn":%s,"demolishedAreaSquareMetres":%s}"""
                .formatted(caseId, disputeId == null ? "null" : "\"" + disputeId + "\"",
                        disputeId == null ? "null" : "\"TJ-2023-00001\"", status.equals("OPENED") ? "REPORTED" : status,
                        note, demolished ? "\"2023-06-01\"" : "null", demolished ? "30" : "null")).json();
    }

    static io.restassured.response.ValidatableResponse dispute(String id) {
        return as("mediator").get("/api/mediation/disputes/" + id).then().statusCode(200);
    }

    @Test
    void theCasesStepsGoIntoTheComplaintsHistoryAndTheDemolitionResolvesItOnce() {
        String id = registerWalkIn(COMPLAINT);
        MediationApi.accept(id, MediationApi.room());
        UUID caseId = UUID.randomUUID();
        String verified = caseStep("safety.case.verified", caseId, id, "核实违建约 30 平方米");
        KafkaTopics.writeCloudEvent(TOPIC, caseId.toString(), verified);
        KafkaTopics.writeCloudEvent(TOPIC, caseId.toString(), verified); // redelivered
        String demolished = caseStep("safety.case.demolished", caseId, id, "已于 2023-06-01 拆除 30 平方米");
        KafkaTopics.writeCloudEvent(TOPIC, caseId.toString(), demolished);
        KafkaTopics.writeCloudEvent(TOPIC, caseId.toString(), caseStep("safety.case.closed", caseId, id, "结案: 复核无误"));

        await().atMost(WAIT).untilAsserted(() -> dispute(id).body("history.size()", equalTo(5)));
        dispute(id).body("status", equalTo("CONCLUDED")).body("conclusion.outcome", equalTo("RESOLVED"))
                .body("conclusion.summary", startsWith("违建已拆除，投诉办结（违建案件 WJ-2023-00042）"))
                .body("history.action", contains("REGISTER", "ACCEPT", "CASE_PROGRESS", "CONCLUDE_BY_CASE",
                        "CASE_PROGRESS"))
                .body("history[2].note", equalTo("违建案件 WJ-2023-00042: 核实违建约 30 平方米"))
                .body("history[3].actor", equalTo("kafka:safety.case-events"));
        var concluded = KafkaTopics.readUntil("mediation.dispute-events",
                r -> r.key().equals(id) && r.value().contains("mediation.dispute.concluded"), WAIT);
        assertThat(concluded.get(concluded.size() - 1).value()).contains("RESOLVED");
    }

    @Test
    void aDemolitionOfAComplaintAlreadyConcludedOnlyRecordsTheStepAndAPatrolCaseIsIgnored() {
        String id = registerWalkIn(COMPLAINT);
        String etag = MediationApi.etag(id);
        as("mediator").header("If-Match", etag).contentType("application/json")
                .body("{\"reason\": \"投诉人撤回\"}").post("/api/mediation/disputes/" + id + "/withdrawal")
                .then().statusCode(200);
        UUID caseId = UUID.randomUUID();
        KafkaTopics.writeCloudEvent(TOPIC, caseId.toString(), caseStep("safety.case.demolished", caseId, null, "巡查案件"));
        KafkaTopics.writeCloudEvent(TOPIC, caseId.toString(), caseStep("safety.case.demolished", caseId, id, "已拆除"));
        await().atMost(WAIT).untilAsserted(() -> dispute(id).body("history.size()", equalTo(3)));
        dispute(id).body("status", equalTo("WITHDRAWN")).body("history[2].action", equalTo("CASE_PROGRESS"));
    }

    @Test
    void anUnreadableCaseEventGoesToTheDlqWithItsReason() {
        String poison = CloudEventFixture.of("safety.case.verified").source("/jiedao/safety")
                .data("{\"caseNo\":\"WJ-2023-00043\",\"note\":\"x\"}").outsideContract().json();
        KafkaTopics.writeCloudEvent(TOPIC, "poison", poison);
        var dlq = KafkaTopics.readUntil(TOPIC + ".dlq", r -> r.value().equals(poison), WAIT);
        var reason = dlq.get(dlq.size() - 1).headers().lastHeader("dead-letter-reason");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("caseId is missing");
    }
}

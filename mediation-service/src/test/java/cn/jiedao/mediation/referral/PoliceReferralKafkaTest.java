package cn.jiedao.mediation.referral;

import static cn.jiedao.mediation.MediationApi.accept;
import static cn.jiedao.mediation.MediationApi.room;
import static cn.jiedao.mediation.MediationApi.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.testing.CloudEventFixture;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** police.dispute-referrals in, mediation.referral-outcomes out, over the real broker. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class PoliceReferralKafkaTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    static final String TOPIC = "police.dispute-referrals";
    static final Duration WAIT = Duration.ofSeconds(60);

    static String referral(String eventId, String referralNo, String category) {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1);
        return CloudEventFixture.of(PoliceReferralsConsumer.TYPE).id(eventId).source("/police/stations/bayuehu")
                .time(now).data("""
                        {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s", %s
                         "summary": "楼上漏水引发纠纷", "address": "幸福时光小区3栋", "gridCode": "360121001001001",
                         "parties": [{"name": "张三", "phone": "13800000000", "role": "APPLICANT"}]}"""
                        .formatted(referralNo, now, category == null ? "" : "\"category\": \"" + category + "\","))
                .json();
    }

    static String newReferralNo() {
        return "JQ-T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static io.restassured.response.ValidatableResponse referralState(String referralNo) {
        return as("police-system")
                .when().get("/api/mediation/police-referrals/" + referralNo).then();
    }

    @Test
    void aReferralEventBecomesAPoliceReferralDispute() {
        String no = newReferralNo();
        KafkaTopics.writeCloudEvent(TOPIC, no, referral(UUID.randomUUID().toString(), no, "PROPERTY_MANAGEMENT"));
        await().atMost(WAIT).untilAsserted(() -> referralState(no).statusCode(200));
        String disputeId = referralState(no).body("status", equalTo("RECEIVED"))
                .body("category", equalTo("PROPERTY_MANAGEMENT")).body("needsClassification", equalTo(false))
                .body("receivedVia", equalTo("KAFKA")).body("policeStation", equalTo("八月湖派出所"))
                .extract().path("disputeId");
        as("leader").when().get("/api/mediation/disputes/" + disputeId)
                .then().statusCode(200).body("channel", equalTo("POLICE_REFERRAL")).body("referralNo", equalTo(no))
                .body("parties[0].phone", equalTo("138****0000"));
    }

    @Test
    void referralIsIdempotentOnReferralNumberAndEventId() {
        String no = newReferralNo();
        String eventId = UUID.randomUUID().toString();
        String resentId = UUID.randomUUID().toString();
        String event = referral(eventId, no, "NEIGHBOR");
        KafkaTopics.writeCloudEvent(TOPIC, no, event);
        KafkaTopics.writeCloudEvent(TOPIC, no, event); // redelivery: same event id
        KafkaTopics.writeCloudEvent(TOPIC, no, referral(resentId, no, "NEIGHBOR")); // resent: new id
        // Messages are handled concurrently: wait until both event ids are in the inbox, i.e. both transactions
        // committed. The redelivered copy can only be skipped: its id is taken.
        await().atMost(WAIT).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id in (?1, ?2)")
                        .setParameter(1, eventId).setParameter(2, resentId).getSingleResult()).longValue()))
                .isEqualTo(2));
        long disputes = QuarkusTransaction.requiringNew().call(() -> Dispute.count("referralNo", no));
        assertThat(disputes).as("disputes registered for referral %s", no).isEqualTo(1);
    }

    /**
     * A burst: polls of many referrals, each poll one transaction with its inbox rows and disputes written in
     * batches and its case numbers reserved in blocks. Every referral is registered once (redeliveries and resent
     * referrals in the same burst skipped), and the year's case numbers run without a gap or a repeat.
     */
    @Test
    void aBurstOfReferralsIsRegisteredOnceEachWithCaseNumbersWithoutGaps() {
        String prefix = "JQ-B-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        java.util.List<java.util.Map.Entry<String, String>> events = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String event = referral(UUID.randomUUID().toString(), prefix + i, "NEIGHBOR");
            events.add(java.util.Map.entry(prefix + i, event));
            if (i % 10 == 0) {
                events.add(java.util.Map.entry(prefix + i, event)); // redelivered: the same event id again
            }
            if (i % 25 == 0) { // sent again by the police: a new event id, the same referral number
                events.add(java.util.Map.entry(prefix + i, referral(UUID.randomUUID().toString(), prefix + i, "NEIGHBOR")));
            }
        }
        KafkaTopics.writeCloudEvents(TOPIC, events);
        await().atMost(WAIT).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() ->
                Dispute.count("referralNo like ?1", prefix + "%"))).isEqualTo(400));
        int year = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
        Object[] numbers = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select count(*), count(distinct case_no), max(cast(substring(case_no from 9) as integer)),
                       (select last_no from case_number_counter where year = ?1)
                from dispute where case_no like ?2""")
                .setParameter(1, year).setParameter(2, "TJ-" + year + "-%").getSingleResult());
        long count = ((Number) numbers[0]).longValue();
        assertThat(((Number) numbers[1]).longValue()).as("distinct case numbers").isEqualTo(count);
        assertThat(((Number) numbers[2]).longValue()).as("highest case number").isEqualTo(count);
        assertThat(((Number) numbers[3]).longValue()).as("the counter").isEqualTo(count);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from police_referral where referral_no like ?1 and dispute_id is not null")
                .setParameter(1, prefix + "%").getSingleResult()).longValue())).isEqualTo(400);
    }

    @Test
    void aReferralWithAnUnknownOrMissingCategoryIsOtherAndFlaggedForClassification() {
        String unknown = newReferralNo();
        String missing = newReferralNo();
        KafkaTopics.writeCloudEvent(TOPIC, unknown, referral(UUID.randomUUID().toString(), unknown, "PARKING_RAGE"));
        KafkaTopics.writeCloudEvent(TOPIC, missing, referral(UUID.randomUUID().toString(), missing, null));
        await().atMost(WAIT).untilAsserted(() -> referralState(unknown).statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> referralState(missing).statusCode(200));
        referralState(unknown).body("category", equalTo("OTHER")).body("needsClassification", equalTo(true))
                .body("reportedCategory", equalTo("PARKING_RAGE"));
        String disputeId = referralState(missing).body("category", equalTo("OTHER"))
                .body("needsClassification", equalTo(true)).extract().path("disputeId");
        as("mediator").queryParam("needsClassification", true)
                .queryParam("size", 200).when().get("/api/mediation/disputes")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(disputeId));

        step(disputeId, "classification", "{\"category\": \"NEIGHBOR\"}").response().then().statusCode(200)
                .body("category", equalTo("NEIGHBOR")).body("needsClassification", equalTo(false));
    }

    @Test
    void aReferralWithoutReferralNumberGoesToTheDeadLetterTopicWithTheReason() {
        String marker = "marker-" + UUID.randomUUID();
        String malformed = referral(UUID.randomUUID().toString(), "X", "NEIGHBOR")
                .replace("\"referralNo\": \"X\",", "").replace("楼上漏水引发纠纷", marker);
        KafkaTopics.writeCloudEvent(TOPIC, "no-number", malformed);
        ConsumerRecord<String, String> dead = last(KafkaTopics.readUntil(TOPIC + ".dlq",
                r -> r.value().contains(marker), WAIT));
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertThat(reason).as("dead-letter-reason header").isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("data.referralNo");

        // The consumer keeps going.
        String next = newReferralNo();
        KafkaTopics.writeCloudEvent(TOPIC, next, referral(UUID.randomUUID().toString(), next, "CONSUMER"));
        await().atMost(WAIT).untilAsserted(() -> referralState(next).statusCode(200));
    }

    @Test
    void concludingOrWithdrawingAReferredDisputeTellsThePolice() throws Exception {
        String resolved = newReferralNo();
        String withdrawn = newReferralNo();
        KafkaTopics.writeCloudEvent(TOPIC, resolved, referral(UUID.randomUUID().toString(), resolved, "PROPERTY_MANAGEMENT"));
        KafkaTopics.writeCloudEvent(TOPIC, withdrawn, referral(UUID.randomUUID().toString(), withdrawn, "CONSUMER"));
        await().atMost(WAIT).untilAsserted(() -> referralState(resolved).statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> referralState(withdrawn).statusCode(200));
        String resolvedId = referralState(resolved).extract().path("disputeId");
        String withdrawnId = referralState(withdrawn).extract().path("disputeId");

        accept(resolvedId, room());
        step(resolvedId, "conclusion", """
                {"outcome": "RESOLVED", "summary": "双方和解",
                 "agreement": {"form": "ORAL", "obligations": "修复漏水", "performanceTerms": "三日内"}}""")
                .response().then().statusCode(200);
        step(withdrawnId, "withdrawal", "{\"reason\": \"申请人撤回\"}").response().then().statusCode(200);

        ObjectMapper json = new ObjectMapper();
        ConsumerRecord<String, String> out = last(KafkaTopics.readUntil("mediation.referral-outcomes",
                r -> resolved.equals(r.key()), WAIT));
        JsonNode event = json.readTree(out.value());
        assertThat(event.get("type").asText()).isEqualTo("mediation.referral.concluded");
        assertThat(event.at("/data/referralNo").asText()).isEqualTo(resolved);
        assertThat(event.at("/data/disputeId").asText()).isEqualTo(resolvedId);
        assertThat(event.at("/data/outcome").asText()).isEqualTo("RESOLVED");
        assertThat(event.at("/data/summary").asText()).isEqualTo("双方和解");
        assertThat(event.at("/data/caseNo").asText()).startsWith("TJ-");
        assertThat(event.at("/data/concludedAt").isNull()).isFalse();

        JsonNode w = json.readTree(last(KafkaTopics.readUntil("mediation.referral-outcomes",
                r -> withdrawn.equals(r.key()), WAIT)).value());
        assertThat(w.at("/data/outcome").asText()).isEqualTo("WITHDRAWN");
        referralState(resolved).body("status", equalTo("CONCLUDED")).body("outcome", equalTo("RESOLVED"));
    }

    static ConsumerRecord<String, String> last(java.util.List<ConsumerRecord<String, String>> records) {
        return records.get(records.size() - 1);
    }
}

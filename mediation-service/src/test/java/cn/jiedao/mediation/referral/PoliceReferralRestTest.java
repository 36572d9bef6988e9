package cn.jiedao.mediation.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class PoliceReferralRestTest {

    static String body(String referralNo, String summary) {
        return """
                {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s",
                 "category": "CONSUMER", "summary": "%s", "gridCode": "360121001001002",
                 "parties": [{"name": "王五", "phone": "13700001111", "role": "APPLICANT"}]}"""
                .formatted(referralNo, OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5), summary);
    }

    static io.restassured.response.ValidatableResponse submit(String key, String body) {
        var request = as("police-system").contentType("application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).when().post("/api/mediation/police-referrals").then();
    }

    @Test
    void theSameKeyWithTheSameBodyAnswersTheSameReferral() {
        String no = "JQ-R-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String body = body(no, "预付卡退费纠纷");
        var firstAnswer = submit(key, body).statusCode(201).body("referralNo", equalTo(no))
                .body("status", equalTo("RECEIVED")).body("receivedVia", equalTo("REST"))
                .header("Idempotent-Replayed", nullValue())
                .extract();
        String first = firstAnswer.path("disputeId");
        var againAnswer = submit(key, body).statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(firstAnswer.header("Location")))
                .extract();
        String again = againAnswer.path("disputeId");
        assertThat(again).isEqualTo(first);
        assertThat(againAnswer.asString()).as("the replayed body").isEqualTo(firstAnswer.asString());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dispute.count("referralNo", no))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String no = "JQ-R-" + UUID.randomUUID().toString().substring(0, 8);
        submit(key, body(no, "预付卡退费纠纷")).statusCode(201);
        submit(key, body(no, "另一个纠纷")).statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("field", equalTo("Idempotency-Key"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dispute.count("referralNo", no))).isEqualTo(1);
    }

    @Test
    void twoIdenticalReferralsSentAtOnceRegisterOneDispute() throws Exception {
        String no = "JQ-R-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String body = body(no, "同时提交的纠纷");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(callers.submit(() -> {
                    go.await();
                    return as("police-system").header("Idempotency-Key", key).contentType("application/json")
                            .body(body).when().post("/api/mediation/police-referrals").then().extract().response();
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(answers).extracting(Response::statusCode).containsExactly(201, 201);
            assertThat(answers).extracting(r -> r.header("Idempotent-Replayed"))
                    .containsExactlyInAnyOrder("true", null);
            assertThat(answers).extracting(r -> r.path("disputeId").toString()).doesNotContainNull()
                    .containsOnly(answers.get(0).path("disputeId").toString());
        } finally {
            callers.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dispute.count("referralNo", no))).isEqualTo(1);
    }

    @Test
    void aKnownReferralNumberUnderAnotherKeyAnswersTheExistingReferral() {
        String no = "JQ-R-" + UUID.randomUUID().toString().substring(0, 8);
        String disputeId = submit(UUID.randomUUID().toString(), body(no, "纠纷")).statusCode(201).extract().path("disputeId");
        submit(UUID.randomUUID().toString(), body(no, "纠纷")).statusCode(200).body("disputeId", equalTo(disputeId));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dispute.count("referralNo", no))).isEqualTo(1);
    }

    @Test
    void theKeyIsRequiredAndTheBodyValidated() {
        submit(null, body("JQ-R-NOKEY", "纠纷")).statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        submit(UUID.randomUUID().toString(), body("", " ")).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("referralNo", "summary"));
    }

    @Test
    void onlyThePoliceSystemSubmitsAndAnUnknownReferralIs404() {
        as("mediator").header("Idempotency-Key", "k")
                .contentType("application/json").body(body("JQ-R-ROLE", "纠纷"))
                .when().post("/api/mediation/police-referrals").then().statusCode(403);
        as("leader")
                .when().get("/api/mediation/police-referrals/JQ-NONE").then().statusCode(403);
        as("police-system")
                .when().get("/api/mediation/police-referrals/JQ-NONE").then().statusCode(404)
                .contentType("application/problem+json");
    }
}

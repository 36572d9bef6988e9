package cn.jiedao.mediation.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
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
        var request = given().header("Authorization", TestTokens.bearer("police-system")).contentType("application/json");
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
        String first = submit(key, body).statusCode(201).body("referralNo", equalTo(no))
                .body("status", equalTo("RECEIVED")).body("receivedVia", equalTo("REST"))
                .extract().path("disputeId");
        String again = submit(key, body).statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("disputeId");
        assertThat(again).isEqualTo(first);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dispute.count("referralNo", no))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String no = "JQ-R-" + UUID.randomUUID().toString().substring(0, 8);
        submit(key, body(no, "预付卡退费纠纷")).statusCode(201);
        submit(key, body(no, "另一个纠纷")).statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422));
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
        given().header("Authorization", TestTokens.bearer("mediator")).header("Idempotency-Key", "k")
                .contentType("application/json").body(body("JQ-R-ROLE", "纠纷"))
                .when().post("/api/mediation/police-referrals").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("leader"))
                .when().get("/api/mediation/police-referrals/JQ-NONE").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("police-system"))
                .when().get("/api/mediation/police-referrals/JQ-NONE").then().statusCode(404)
                .contentType("application/problem+json");
    }
}

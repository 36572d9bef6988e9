package cn.jiedao.mediation.warning;

import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class WarningLetterResourceTest {

    @Test
    void aLetterIsRegisteredAcknowledgedAndAnsweredAndThenNoLongerOpen() {
        String disputeId = registerWalkIn("{\"channel\": \"WALK_IN\", \"category\": \"PROPERTY_MANAGEMENT\", \"summary\": \"业主与物业矛盾\"}");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var created = as("street-admin").contentType("application/json")
                .body("""
                        {"letterNo": "县综治-T1", "issuer": "县委政法委", "issuedOn": "%s", "subject": "业主聚集风险",
                         "responseDue": "%s", "disputeIds": ["%s"]}""".formatted(today, today.plusDays(7), disputeId))
                .when().post("/api/mediation/warning-letters")
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("disputeIds", contains(disputeId))
                .body("overdue", equalTo(false)).extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        as("leader").queryParam("open", true).queryParam("size", 200)
                .when().get("/api/mediation/warning-letters").then().statusCode(200).body("items.id", hasItem(id));

        as("mediator").header("If-Match", etag).contentType("application/json")
                .body("{\"response\": \"已调解\"}").when().post("/api/mediation/warning-letters/" + id + "/response")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("RECEIVED")).body("allowedSteps", contains("ACKNOWLEDGE"));
        as("mediator")
                .when().post("/api/mediation/warning-letters/" + id + "/acknowledgement").then().statusCode(428);
        String acknowledged = as("mediator").header("If-Match", etag)
                .when().post("/api/mediation/warning-letters/" + id + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("test-mediator"))
                .extract().header("ETag");
        as("mediator").header("If-Match", etag).contentType("application/json")
                .body("{\"response\": \"已调解\"}").when().post("/api/mediation/warning-letters/" + id + "/response")
                .then().statusCode(412);
        as("mediator").header("If-Match", acknowledged)
                .when().post("/api/mediation/warning-letters/" + id + "/acknowledgement")
                .then().statusCode(409).body("currentState", equalTo("ACKNOWLEDGED"))
                .body("allowedSteps", contains("RESPOND"));
        as("mediator").header("If-Match", acknowledged)
                .contentType("application/json").body("{\"response\": \"已组织双方调解,签订书面协议\"}")
                .when().post("/api/mediation/warning-letters/" + id + "/response")
                .then().statusCode(200).body("status", equalTo("RESPONDED")).body("response", equalTo("已组织双方调解,签订书面协议"));

        as("leader").queryParam("open", true).queryParam("size", 200)
                .when().get("/api/mediation/warning-letters").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void aLetterNeedsIssuerDatesAndSubjectAndKnownDisputes() {
        as("street-admin").contentType("application/json")
                .body("{\"subject\": \" \"}").when().post("/api/mediation/warning-letters")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "issuer", "issuedOn", "subject", "responseDue"));
        as("street-admin").contentType("application/json")
                .body("""
                        {"issuer": "县委政法委", "issuedOn": "2024-01-02", "subject": "风险", "responseDue": "2024-01-09",
                         "disputeIds": ["00000000-0000-0000-0000-000000000000"]}""")
                .when().post("/api/mediation/warning-letters")
                .then().statusCode(400).body("errors[0].field", equalTo("disputeIds[0]"));
        as("grid-worker").contentType("application/json")
                .body("{}").when().post("/api/mediation/warning-letters").then().statusCode(403);
    }
}

package cn.jiedao.mediation.dispute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.eventing.outbox.OutboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class DisputeRegistrationTest {

    @Test
    void registeringADisputeStoresItAndWritesTheRegisteredEventInTheSameTransaction() throws Exception {
        String id = given().header("Authorization", "Bearer " + TestTokens.token("grid-worker-7", "grid-worker"))
                .contentType("application/json")
                .body("""
                        {"channel": "GRID_REPORT", "category": "MUNICIPAL_ILLEGAL_CONSTRUCTION",
                         "summary": "楼顶违章搭建阳光房", "address": "景诚名郡5栋", "gridCode": "360121001002003",
                         "illegalStructure": true}""")
                .when().post("/api/mediation/disputes")
                .then().statusCode(201)
                .header("Location", containsString("/api/mediation/disputes/"))
                .body("status", equalTo("RECEIVED"))
                .body("caseNo", matchesPattern("TJ-\\d{4}-\\d{5}"))
                .extract().path("id");

        as("leader").when().get("/api/mediation/disputes/" + id)
                .then().statusCode(200).body("category", equalTo("MUNICIPAL_ILLEGAL_CONSTRUCTION"))
                .body("illegalStructure", equalTo(true));

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("key", id));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).topic).isEqualTo("mediation.dispute-events");
        assertThat(events.get(0).type).isEqualTo("mediation.dispute.registered");
        JsonNode data = new ObjectMapper().readTree(events.get(0).payload).get("data");
        assertThat(data.get("disputeId").asText()).isEqualTo(id);
        assertThat(data.get("illegalStructure").asBoolean()).isTrue();
        assertThat(data.get("address").asText()).isEqualTo("景诚名郡5栋");
        assertThat(data.get("gridCode").asText()).isEqualTo("360121001002003");
    }

    @Test
    void caseNumbersAreConsecutiveWithinAYear() {
        String first = register();
        String second = register();
        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isEqualTo(a + 1);
        assertThat(first.substring(0, 8)).isEqualTo(second.substring(0, 8));
    }

    @Test
    void anIllegalStructureFlagOutsideMunicipalCategoryIsRejectedAndNothingIsStored() {
        long before = QuarkusTransaction.requiringNew().call(() -> Dispute.count());
        as("mediator").contentType("application/json")
                .body("""
                        {"channel": "WALK_IN", "category": "LABOR", "summary": "拖欠工资", "illegalStructure": true}""")
                .when().post("/api/mediation/disputes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("illegalStructure"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dispute.count())).isEqualTo(before);
    }

    @Test
    void unknownDisputeIs404Problem() {
        as("mediator")
                .when().get("/api/mediation/disputes/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String register() {
        return as("mediator").contentType("application/json")
                .body("{\"channel\": \"HOTLINE_12345\", \"category\": \"CONSUMER\", \"summary\": \"预付卡退费\"}")
                .when().post("/api/mediation/disputes")
                .then().statusCode(201).extract().path("caseNo");
    }
}

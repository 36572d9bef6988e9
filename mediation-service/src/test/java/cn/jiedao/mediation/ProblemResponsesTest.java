package cn.jiedao.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every error is an RFC 9457 problem, framework errors included, and none carries a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class ProblemResponsesTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void noTokenIs401Problem() {
        given().when().get("/api/mediation/codes")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"))
                .body("instance", equalTo("/api/mediation/codes"));
    }

    @Test
    void badTokenIs401Problem() {
        given().header("Authorization", "Bearer not.a.jwt").when().get("/api/mediation/codes")
                .then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
    }

    @Test
    void wrongRoleIs403Problem() {
        as("economy-officer").contentType("application/json")
                .body(validDispute()).when().post("/api/mediation/disputes")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void unknownPathIs404Problem() {
        as("mediator").when().get("/api/mediation/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("/api/mediation/no-such-thing"));
        given().when().get("/nowhere").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIs405Problem() {
        as("mediator").when().delete("/api/mediation/codes")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        as("mediator").contentType("text/plain").body("hello")
                .when().post("/api/mediation/disputes")
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("text/plain"));
    }

    @Test
    void malformedJsonIs400Problem() {
        as("mediator").contentType("application/json")
                .body("{\"channel\": \"WALK_IN\",").when().post("/api/mediation/disputes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void unknownEnumCodeNamesTheFieldAndTheAllowedCodes() {
        as("mediator").contentType("application/json")
                .body(validDispute().replace("\"WALK_IN\"", "\"CARRIER_PIGEON\"")).when().post("/api/mediation/disputes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("channel"))
                .body("errors[0].reason", containsString("WALK_IN"));
    }

    @Test
    void validationNamesEachBadField() {
        as("mediator").contentType("application/json")
                .body("{\"channel\": \"WALK_IN\", \"summary\": \" \", \"gridCode\": \"12345\"}")
                .when().post("/api/mediation/disputes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("category", "summary", "gridCode"))
                .body("errors.find { it.field == 'gridCode' }.reason", containsString("15-digit"))
                .body("requestId", notNullValue());
    }

    @Test
    void aBadPageOrSizeIs400NamingTheParameter() {
        as("mediator").queryParam("size", 500).queryParam("page", -1)
                .when().get("/api/mediation/disputes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("page", "size"));
    }

    @Test
    void emptyBodyIs400NamingTheBody() {
        as("mediator").contentType("application/json")
                .when().post("/api/mediation/disputes")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void requestIdIsEchoedAndQuotedInProblems() {
        given().header("X-Request-Id", "req-12345").when().get("/api/mediation/codes")
                .then().statusCode(401).header("X-Request-Id", "req-12345").body("requestId", equalTo("req-12345"));
    }

    static String validDispute() {
        return """
                {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "楼上漏水引发纠纷",
                 "address": "幸福时光小区3栋", "gridCode": "360121001001001"}""";
    }
}

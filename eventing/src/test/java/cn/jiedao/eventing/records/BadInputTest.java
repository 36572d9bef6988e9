package cn.jiedao.eventing.records;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * What the fuzzer over the published documents found, each class answered where it arises for every service
 * (kernel and eventing): a page past the last possible row, a path that does not decode, JSON nested too
 * deep, and the request limits (414, 431, 413) of a service itself. Each is a 400-class problem, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "eventing_test"))
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPageWhoseFirstRowWouldOverflowIs400NamingPage() {
        as("street-admin").queryParam("page", 20231031).queryParam("size", 179).get("/test/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
        as("street-admin").queryParam("page", 0).queryParam("size", 5).get("/test/probes")
                .then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    void aPathSegmentThatDoesNotDecodeIs400NamingThePath() {
        as("street-admin").urlEncodingEnabled(false).get("/test/probes/%25")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("path"));
    }

    @Test
    void jsonNestedDeeperThanTheLimitIs400NamingTheLimit() {
        String deep = "{\"name\":\"x\",\"parts\":" + "[".repeat(100) + "]".repeat(100) + "}";
        as("street-admin").contentType(ContentType.JSON).body(deep).post("/test/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("deeper than 64 levels"));
        String fine = "{\"name\":\"x\",\"parts\":" + "[".repeat(20) + "]".repeat(20) + "}";
        as("street-admin").contentType(ContentType.JSON).body(fine).post("/test/probes")
                .then().statusCode(200).body("parts", equalTo(1));
    }

    @Test
    void aNumberWhereADateIsExpectedIs400NamingTheField() {
        for (String number : new String[] {"-2147483649", "20231031", "1.5"}) {
            as("street-admin").contentType(ContentType.JSON).body("{\"name\":\"x\",\"on\":" + number + "}")
                    .post("/test/probes")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("on"));
        }
        as("street-admin").contentType(ContentType.JSON).body("{\"name\":\"x\",\"on\":\"2023-10-31\"}")
                .post("/test/probes").then().statusCode(200);
    }

    @Test
    void theRequestLimitsOfAServiceAreProblems() {
        as("street-admin").get("/test/probes?padding=" + "x".repeat(10_000))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        as("street-admin").header("X-Padding", "y".repeat(20_000)).get("/test/probes")
                .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
        as("street-admin").contentType(ContentType.JSON).body("{\"name\":\"" + "z".repeat(1_100_000) + "\"}")
                .post("/test/probes")
                .then().statusCode(413).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
    }
}

package cn.jiedao.eventing.records;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RawHttp;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * What the fuzzer over the published documents found, each class answered where it arises for every service
 * (kernel and eventing): a page past the last possible row, a path that does not decode, JSON nested too
 * deep, the request limits (414, 431, 413) of a service itself, what the HTTP decoder refuses (on a raw
 * socket), and dates outside years 0001–9999. Each is a 400-class problem, never a 500.
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
    void aDateOutsideYears1To9999Is400NamingTheFieldInABodyOrAQuery() {
        for (String date : new String[] {"+999999999-12-31", "-000001-01-01", "0000-01-01", "+10000-01-01"}) {
            as("street-admin").contentType(ContentType.JSON).body("{\"name\":\"x\",\"on\":\"" + date + "\"}")
                    .post("/test/probes")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("on"))
                    .body("errors[0].reason", containsString("0001-01-01"));
            as("street-admin").queryParam("from", date).get("/test/probes")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"));
        }
        as("street-admin").contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"at\":\"+999999999-12-31T23:59:59Z\"}").post("/test/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("at"));
        as("street-admin").contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"on\":\"9999-12-31\",\"at\":\"0001-01-01T00:00:00Z\"}")
                .post("/test/probes").then().statusCode(200);
        as("street-admin").queryParam("from", "0001-01-01").get("/test/probes").then().statusCode(200);
    }

    @Test
    void whatTheHttpDecoderOfAServiceRefusesIsAProblemOnARawSocket() throws Exception {
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        for (RawHttp.Malformed malformed : RawHttp.MALFORMED) {
            RawHttp.Answer answer = RawHttp.send(base, malformed.bytes(base));
            org.assertj.core.api.Assertions.assertThat(answer.status()).as(malformed.name())
                    .isEqualTo(malformed.status());
            org.assertj.core.api.Assertions.assertThat(answer.header("Content-Type")).as(malformed.name())
                    .isEqualTo(PROBLEM);
            org.assertj.core.api.Assertions.assertThat(
                    io.restassured.path.json.JsonPath.from(answer.body()).getString("errors[0].field"))
                    .as(malformed.name()).isEqualTo(malformed.field());
        }
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

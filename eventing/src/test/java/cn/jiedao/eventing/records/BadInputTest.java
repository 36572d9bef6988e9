package cn.jiedao.eventing.records;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
    void aPathSegmentThatDoesNotDecodeIs400NamingThePath() throws Exception {
        as("street-admin").urlEncodingEnabled(false).get("/test/probes/%25")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("path"));
        // No HTTP client library sends a stray % in a query: the request line is written by hand.
        String answer = rawGet("/test/probes?page=%", TestTokens.bearer("street-admin"));
        assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("\"field\":\"query\"");
    }

    private static String rawGet(String target, String authorization) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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

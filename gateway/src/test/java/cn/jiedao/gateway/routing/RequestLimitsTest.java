package cn.jiedao.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.testing.RawHttp;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel's request limits at the gateway: a long URI, large headers and a JSON body past 1 MiB are RFC
 * 9457 problems (414, 431, 413) and never reach a service; the census upload route keeps its large limit. What
 * the HTTP decoder itself refuses (kernel InvalidRequests: a raw %, a control character, a bad header, past the
 * server's 64 KiB ceilings) is a problem too, sent on a raw socket.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class RequestLimitsTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void aUriPastTheLimitIs414Problem() {
        given().header("Authorization", TestTokens.bearer(Roles.MEDIATOR))
                .get("/api/mediation/disputes?summary=" + "x".repeat(20_000))
                .then().statusCode(414).contentType(PROBLEM)
                .body("status", equalTo(414)).body("title", equalTo("URI too long"))
                .body("errors[0].field", equalTo("uri")).body("detail", containsString("at most 8192"));
        assertThat(Fakes.calls("mediation")).isEmpty();
    }

    @Test
    void headersPastTheLimitAre431Problem() {
        given().header("Authorization", TestTokens.bearer(Roles.MEDIATOR)).header("X-Padding", "y".repeat(30_000))
                .get("/api/mediation/disputes")
                .then().statusCode(431).contentType(PROBLEM)
                .body("status", equalTo(431)).body("errors[0].field", equalTo("headers"));
        assertThat(Fakes.calls("mediation")).isEmpty();
    }

    @Test
    void whatTheHttpDecoderRefusesIsAProblemNamingThePartOfTheRequest() throws Exception {
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        for (RawHttp.Malformed malformed : RawHttp.MALFORMED) {
            RawHttp.Answer answer = RawHttp.send(base, malformed.bytes(base));
            assertThat(answer.status()).as(malformed.name()).isEqualTo(malformed.status());
            assertThat(answer.header("Content-Type")).as(malformed.name()).isEqualTo(PROBLEM);
            JsonPath body = JsonPath.from(answer.body());
            assertThat(body.getInt("status")).as(malformed.name()).isEqualTo(malformed.status());
            assertThat(body.getString("errors[0].field")).as(malformed.name()).isEqualTo(malformed.field());
            assertThat(answer.body()).as(malformed.name()).doesNotContain("Exception");
        }
        assertThat(Fakes.calls("mediation")).isEmpty();
    }

    @Test
    void aJsonBodyPastOneMebibyteIs413ProblemButACensusFileMayBeLarge() {
        String large = "{\"summary\":\"" + "z".repeat(1_100_000) + "\"}";
        given().header("Authorization", TestTokens.bearer(Roles.MEDIATOR)).contentType(ContentType.JSON).body(large)
                .post("/api/mediation/disputes")
                .then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("accepts at most 1048576"));
        assertThat(Fakes.calls("mediation")).isEmpty();

        String census = "creditCode,name\n" + "91360121MA35XXXX0X,测试单位\n".repeat(80_000); // about 2.7 MB
        given().header("Authorization", TestTokens.bearer(Roles.CENSUS_PLATFORM)).contentType("text/csv").body(census)
                .post("/api/economy/census/imports")
                .then().statusCode(200).body("area", equalTo("economy"));
        assertThat(Fakes.onlyCall("economy").getString("path")).isEqualTo("/api/economy/census/imports");
    }
}

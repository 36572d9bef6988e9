package cn.jiedao.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
@TestProfile(RateLimitTest.ThreePerHour.class)
class RateLimitTest {

    /** A bucket small enough to empty in a test. */
    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jiedao.gateway.rate-limit.capacity", "3", "jiedao.gateway.rate-limit.period", "1h");
        }
    }

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void aClientPastItsLimitGets429WithRetryAfterAndTheServiceIsSpared() {
        String busy = "Bearer " + TestTokens.token("script-runner", "mediator");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", busy).get("/api/mediation/codes").then().statusCode(200);
        }
        given().header("Authorization", busy).get("/api/mediation/codes")
                .then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("try again"));
        assertThat(Fakes.calls("mediation")).as("only the allowed requests reached the service").hasSize(3);
        assertThat(Long.parseLong(given().header("Authorization", busy).get("/api/mediation/codes")
                .then().statusCode(429).extract().header("Retry-After"))).isPositive();

        String other = "Bearer " + TestTokens.token("another-clerk", "mediator");
        given().header("Authorization", other).get("/api/mediation/codes").then().statusCode(200);
    }
}

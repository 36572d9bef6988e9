package cn.jiedao.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.testing.TestTokens;
import cn.jiedao.kernel.security.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class RequestIdTest {

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void requestIdIsGeneratedWhenMissingAndSentUpstream() {
        String id = given().header("Authorization", TestTokens.bearer(Roles.HUB_STAFF))
                .get("/api/hub/service-points")
                .then().statusCode(200)
                .extract().header("X-Request-Id");

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(Fakes.onlyCall("hub").getString("headers.'x-request-id'")).isEqualTo(id);
    }

    @Test
    void requestIdGivenByTheCallerIsPropagated() {
        given().header("Authorization", TestTokens.bearer(Roles.HUB_STAFF)).header("X-Request-Id", "frontend-7f3a")
                .get("/api/hub/service-points")
                .then().statusCode(200)
                .header("X-Request-Id", "frontend-7f3a");

        assertThat(Fakes.onlyCall("hub").getString("headers.'x-request-id'")).isEqualTo("frontend-7f3a");
    }

    @Test
    void refusalsQuoteTheRequestId() {
        given().header("X-Request-Id", "frontend-8b2c")
                .get("/api/hub/service-points")
                .then().statusCode(401)
                .header("X-Request-Id", "frontend-8b2c")
                .body("requestId", equalTo("frontend-8b2c"));
    }
}

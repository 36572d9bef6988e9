package cn.jiedao.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
class CorsTest {

    private static final String FRONTEND = "http://localhost:5173";

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void preflightFromTheFrontendIsAllowedWithoutToken() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,x-request-id")
                .options("/api/mediation/disputes/12")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("X-Request-Id"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));

        assertThat(Fakes.calls("mediation")).as("a preflight stays at the gateway").isEmpty();
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        given().header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/mediation/disputes")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void frontendSeesTheHeadersItNeeds() {
        given().header("Origin", FRONTEND).header("Authorization", TestTokens.bearer(Roles.MEDIATOR))
                .get("/api/mediation/disputes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Allow-Origin", not(equalTo("*")));
    }
}

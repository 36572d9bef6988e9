package cn.jiedao.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class UpstreamReadinessTest {

    private static final String UPSTREAMS = "checks.find { it.name == 'upstreams' }";

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void readyWhenEveryServiceIsReadyWithALinePerArea() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(UPSTREAMS + ".status", equalTo("UP"))
                .body(UPSTREAMS + ".data.economy", equalTo("UP"))
                .body(UPSTREAMS + ".data.mediation", equalTo("UP"))
                .body(UPSTREAMS + ".data.safety", equalTo("UP"))
                .body(UPSTREAMS + ".data.hub", equalTo("UP"));
    }

    @Test
    void notReadyWhenOneServiceSaysItIsNotReady() {
        Fakes.notReady("hub");

        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(UPSTREAMS + ".data.hub", equalTo("DOWN: not ready (HTTP 503)"))
                .body(UPSTREAMS + ".data.economy", equalTo("UP"));
    }

    @Test
    void notReadyWhenOneServiceIsDownAndTheLineSaysWhich() {
        Fakes.stop("safety");

        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(UPSTREAMS + ".data.safety", startsWith("DOWN: connection"))
                .body(UPSTREAMS + ".data.mediation", equalTo("UP"));
        // The full report says the same.
        given().get("/q/health")
                .then().statusCode(503)
                .body(UPSTREAMS + ".data.safety", startsWith("DOWN"));
    }

    @Test
    void livenessIsTheGatewaysOwn() {
        Fakes.stop("safety");

        given().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}

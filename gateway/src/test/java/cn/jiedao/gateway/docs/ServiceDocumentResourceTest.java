package cn.jiedao.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class ServiceDocumentResourceTest {

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @Test
    void serviceDocumentIsServedWithoutTokenAndWithoutItsServers() {
        given().get("/openapi/mediation")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("info.title", equalTo("Jiedao mediation-service (fake)"))
                .body("paths", hasKey("/api/mediation/things"))
                .body("$", not(hasKey("servers")));
    }

    @Test
    void unknownAreaIs404Problem() {
        given().get("/openapi/parking")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", startsWith("The gateway routes no area 'parking'"));
    }

    @Test
    void serviceDownIs502ProblemNamingTheArea() {
        Fakes.stop("safety");

        given().get("/openapi/safety")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", startsWith("safety service is unavailable"));
    }

    @Test
    void gatewayDocumentHasBearerSchemeAndDocumentsRoute() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Jiedao gateway"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths", hasKey("/openapi/{area}"));
    }

    @Test
    void swaggerUiListsTheGatewayAndEveryService() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/q/openapi"))
                .body(containsString("/openapi/economy"))
                .body(containsString("/openapi/mediation"))
                .body(containsString("/openapi/safety"))
                .body(containsString("/openapi/hub"));
    }

    @Test
    void theGatewaysServedDocumentIsThePublishedOne() {
        cn.jiedao.testing.OpenApiContract.assertPublished("gateway");
    }
}

package cn.jiedao.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The document the frontend team builds against: open to read, every operation with its problem responses. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class OpenApiDocumentTest {

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        String problem = "'application/problem+json'";
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/mediation/disputes'.post.summary", notNullValue())
                .body("paths.'/api/mediation/disputes'.post.responses", hasKey("400"))
                .body("paths.'/api/mediation/disputes'.post.responses.'401'.content." + problem + ".schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/mediation/disputes/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/mediation/codes'.get.responses", hasKey("401"));
    }
}

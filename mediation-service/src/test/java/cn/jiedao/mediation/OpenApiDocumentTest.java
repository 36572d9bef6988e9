package cn.jiedao.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import cn.jiedao.testing.OpenApiContract;
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
                .body("paths.'/api/mediation/codes'.get.responses", hasKey("401"))
                .body("paths.'/api/mediation/police-referrals'.post.responses", hasKey("422"))
                .body("paths.'/api/mediation/police-referrals'.post.responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/PoliceReferral"))
                .body("paths.'/api/mediation/disputes/{id}/acceptance'.post.responses", hasKey("428"))
                .body("paths.'/api/mediation/disputes/{id}/acceptance'.post.responses.'412'.content." + problem + ".schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/mediation/disputes/{id}/conclusion'.post.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/Dispute"));
    }

    @Test
    void everyMediationOperationHasASummaryAndAnswers401() {
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = given()
                .queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        java.util.List<String> missing = new java.util.ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/mediation")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Object summary = operation.getValue().get("summary");
                @SuppressWarnings("unchecked")
                var responses = (java.util.Map<String, Object>) operation.getValue().get("responses");
                if (summary == null || summary.toString().isBlank() || responses == null || !responses.containsKey("401")) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(operations).as("documented operations").isGreaterThan(20);
        org.assertj.core.api.Assertions.assertThat(missing).as("operations without summary or 401").isEmpty();
    }

    @Test
    void everyMediationOperationIsDocumentedCompletely() {
        // 9 dispute operations, 2 police-referral, 3 mediator, 2 room, 5 warning-letter, statistics, codes.
        OpenApiContract.assertComplete("/api/mediation", 23);
    }

    @Test
    void theServedDocumentIsThePublishedOne() {
        OpenApiContract.assertPublished("mediation");
    }
}

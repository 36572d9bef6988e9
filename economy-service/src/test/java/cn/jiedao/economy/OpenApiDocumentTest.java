package cn.jiedao.economy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.testing.OpenApiContract;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document the frontend team builds against: every operation has a summary, a security requirement and its problems. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyEconomyOperationHasASummaryAndDocumentsUnauthorizedAndForbidden() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        List<String> incomplete = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/economy")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
                if (operation.getValue().get("summary") == null || !responses.containsKey("401")) {
                    incomplete.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).as("economy operations in the document").isGreaterThanOrEqualTo(30);
        assertThat(incomplete).as("operations without a summary or a 401 problem").isEmpty();
    }

    @Test
    void everyEconomyAnswerHasASchemaForTheClientsGeneratedFromTheDocument() {
        OpenApiContract.assertComplete("/api/economy", 36);
    }

    @Test
    void theServedDocumentIsThePublishedOne() {
        OpenApiContract.assertPublished("economy");
    }
}

package cn.jiedao.economy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.Requests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class CodesResourceTest {

    @Test
    void codeListsCarryTheReportsChineseLabels() {
        Requests.as("economy-officer").when().get("/api/economy/codes")
                .then().statusCode(200)
                .body("unitCategories.codes.find { it.code == 'ABOVE_QUOTA_CATERING' }.label", equalTo("限上餐饮业"))
                .body("registrationStatuses.codes.code", equalTo(java.util.List.of("CULTIVATING", "DECLARED",
                        "IN_LIBRARY", "EXITED")))
                .body("registrationSteps.codes.find { it.code == 'ADMIT' }.label", equalTo("入库"))
                .body("censusRecordTypes.codes.find { it.code == 'INDIVIDUAL_BUSINESS' }.label", equalTo("个体经营户"));
        given().when().get("/api/economy/codes").then().statusCode(401).contentType("application/problem+json");
    }
}

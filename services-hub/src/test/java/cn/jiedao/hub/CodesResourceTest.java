package cn.jiedao.hub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class CodesResourceTest {

    @Test
    void codeListsCarryTheReportsChineseLabels() {
        given().header("Authorization", TestTokens.bearer("hub-staff")).when().get("/api/hub/codes")
                .then().statusCode(200)
                .body("serviceModes.codes.find { it.code == 'PROXY_HANDLING' }.label", equalTo("代为办理"))
                .body("servicePointTypes.codes.find { it.code == 'RED_STATION' }.label", equalTo("红色驿站"))
                .body("facilityTypes.codes.find { it.code == 'EV_SHED' }.label", equalTo("电动车棚"))
                .body("serviceRequestStatuses.codes.find { it.code == 'REFERRED' }.label", equalTo("已转办"))
                .body("attributeTypes.codes.find { it.code == 'MULTI_VALUE_LIST' }.label", equalTo("多选"))
                .body("volunteerActivityKinds.codes.find { it.code == 'DISPUTE_MEDIATION' }.label", equalTo("协助矛盾调解"));
        given().when().get("/api/hub/codes").then().statusCode(401).contentType("application/problem+json");
    }
}

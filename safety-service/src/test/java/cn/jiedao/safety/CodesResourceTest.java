package cn.jiedao.safety;

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
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class CodesResourceTest {

    @Test
    void codeListsCarryTheReportsChineseLabels() {
        given().header("Authorization", TestTokens.bearer("safety-officer")).when().get("/api/safety/codes")
                .then().statusCode(200)
                .body("hazardDomains.codes.find { it.code == 'SPECIAL_EQUIPMENT' }.label", equalTo("特种设备"))
                .body("keyPersonCategories.codes.find { it.code == 'COMMUNITY_CORRECTION' }.label",
                        equalTo("社区矫正对象"))
                .body("disciplineMeasures.codes.find { it.code == 'CIRCULATED_CRITICISM' }.label", equalTo("通报批评"))
                .body("measureForms.codes.find { it.code == 'FIRST' }.label", equalTo("第一种形态"))
                .body("studyMeetingKinds.codes.find { it.code == 'THEORY' }.label", equalTo("理论学习"));
        given().when().get("/api/safety/codes").then().statusCode(401).contentType("application/problem+json");
    }
}

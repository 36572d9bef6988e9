package cn.jiedao.economy.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

import cn.jiedao.economy.indicator.IndicatorValue;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.Requests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class InvestmentProjectTest {

    private static RequestSpecification as(String role) {
        return Requests.as(role).config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static ExtractableResponse<Response> project(String name, int total, String start) {
        return as("economy-officer").contentType("application/json")
                .body("{\"name\": \"" + name + "\", \"totalInvestment\": " + total + ", \"startDate\": \"" + start
                        + "\", \"status\": \"UNDER_CONSTRUCTION\"}")
                .when().post("/api/economy/investment-projects").then().statusCode(201).extract();
    }

    private static ExtractableResponse<Response> declare(ExtractableResponse<Response> p, String etag, int amount) {
        return as("economy-officer").contentType("application/json").header("If-Match", etag)
                .body("{\"amount\": " + amount + "}")
                .when().put("/api/economy/investment-projects/" + p.path("id") + "/declarations/2099/3")
                .then().statusCode(200).extract();
    }

    @Test
    void monthlyDeclaredInvestmentFeedsTheFixedAssetIndicatorInHundredMillionYuan() {
        var a = project("演武广场商业提升", 23200, "2099-02-01");
        var b = project("芳草路夜市改造", 46400, "2099-03-15");
        as("economy-officer").contentType("application/json").body("{\"amount\": 3600}")
                .when().put("/api/economy/investment-projects/" + a.path("id") + "/declarations/2099/3")
                .then().statusCode(428);
        String aVersion = declare(a, a.header("ETag"), 3600).header("ETag");
        declare(b, b.header("ETag"), 2400);

        as("leader").when().get("/api/economy/indicators/FIXED_ASSET_INVESTMENT_DECLARED/values/2099/3")
                .then().statusCode(200).body("value", hasToString("0.6")).body("basis", equalTo("MONTH"));

        declare(a, aVersion, 4600);
        BigDecimal stored = QuarkusTransaction.requiringNew().call(() -> IndicatorValue.<IndicatorValue>find(
                "indicatorCode = ?1 and year = ?2 and month = ?3", "FIXED_ASSET_INVESTMENT_DECLARED", 2099, 3)
                .firstResult().value);
        assertThat(stored).isEqualByComparingTo("0.7");
        as("leader").when().get("/api/economy/indicators/FIXED_ASSET_INVESTMENT_DECLARED/values/2099/3")
                .then().body("corrections.size()", equalTo(2)) // 0.36 → 0.6 when b declared, then 0.6 → 0.7
                .body("corrections[0].oldValue", hasToString("0.36"))
                .body("corrections[1].oldValue", hasToString("0.6"))
                .body("corrections[1].newValue", hasToString("0.7"));

        as("county-system").queryParam("year", 2099).queryParam("throughMonth", 10)
                .when().get("/api/economy/investment-projects/summary").then().statusCode(200)
                .body("newProjects", hasToString("2")).body("newProjectsTotalInvestment", hasToString("69600"))
                .body("declaredYtd", hasToString("7000"));
        as("leader").contentType("application/json")
                .body("{\"name\": \"x\", \"totalInvestment\": 1, \"startDate\": \"2099-01-01\"}")
                .when().post("/api/economy/investment-projects").then().statusCode(403);
    }
}

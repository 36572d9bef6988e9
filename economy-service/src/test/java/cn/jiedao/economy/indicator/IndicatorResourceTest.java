package cn.jiedao.economy.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.Requests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class IndicatorResourceTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static RequestSpecification as(String role) {
        return Requests.as(role).config(DECIMALS);
    }

    private static void put(String path, String body, int status) {
        as("economy-officer").contentType("application/json").body(body).when().put(path).then().statusCode(status);
    }

    @Test
    void theFiveIndicatorsOfTheGlossaryAreSeeded() {
        as("leader").when().get("/api/economy/indicators").then().statusCode(200)
                .body("code", hasItems("GENERAL_BUDGET_REVENUE", "ABOVE_QUOTA_WHOLESALE_SALES",
                        "ABOVE_QUOTA_RETAIL_SALES", "ABOVE_QUOTA_CATERING_SALES", "FIXED_ASSET_INVESTMENT_DECLARED"))
                .body("find { it.code == 'GENERAL_BUDGET_REVENUE' }.name", equalTo("一般预算收入"))
                .body("find { it.code == 'GENERAL_BUDGET_REVENUE' }.unit", equalTo("TEN_THOUSAND_YUAN"));
    }

    @Test
    void progressOfTheReportsRevenueIs92_99PercentAnd31_80PercentGrowth() {
        String base = "/api/economy/indicators/GENERAL_BUDGET_REVENUE";
        put(base + "/targets/2023", "{\"value\": 1970}", 201);
        put(base + "/values/2022/10", "{\"value\": 1390, \"basis\": \"CUMULATIVE\"}", 201);
        put(base + "/values/2023/09", "{\"value\": 1650, \"basis\": \"CUMULATIVE\"}", 201);
        put(base + "/values/2023/10", "{\"value\": 182, \"basis\": \"MONTH\"}", 201);

        as("county-system").queryParam("year", 2023).queryParam("throughMonth", 10)
                .when().get(base + "/progress").then().statusCode(200)
                .body("code", equalTo("GENERAL_BUDGET_REVENUE")).body("name", equalTo("一般预算收入"))
                .body("unit", equalTo("TEN_THOUSAND_YUAN")).body("year", equalTo(2023)).body("throughMonth", equalTo(10))
                .body("ytd", hasToString("1832"))
                .body("target", hasToString("1970"))
                .body("targetCompletionPercent", hasToString("92.99"))
                .body("samePeriodLastYear", hasToString("1390"))
                .body("yoyGrowthPercent", hasToString("31.80"));

        as("leader").queryParam("year", 2023).when().get(base + "/series").then().statusCode(200)
                .body("months[9].monthValue", hasToString("182"))
                .body("months[9].cumulative", hasToString("1832"))
                .body("months[9].yoyGrowthPercent", hasToString("31.80"))
                .body("months[8].monthValue", nullValue())
                .body("months[8].reasons.monthValue", equalTo(
                        "month value for 2023-09 is the difference of two cumulative values: no value reported for 2023-08"));
    }

    @Test
    void aFigureThatCannotBeDerivedIsNullWithItsReason() {
        String base = "/api/economy/indicators/ABOVE_QUOTA_RETAIL_SALES";
        put(base + "/values/2031/01", "{\"value\": 0.31, \"basis\": \"MONTH\"}", 201);
        as("leader").queryParam("year", 2031).queryParam("throughMonth", 1).when().get(base + "/progress")
                .then().statusCode(200)
                .body("ytd", hasToString("0.31"))
                .body("target", nullValue()).body("targetCompletionPercent", nullValue())
                .body("reasons.target", equalTo("no target set for 2031"))
                .body("samePeriodLastYear", nullValue()).body("yoyGrowthPercent", nullValue())
                .body("reasons.samePeriodLastYear", equalTo("no value reported for 2030-01"));
    }

    @Test
    void aCorrectionNeedsTheETagAndKeepsTheHistory() {
        String path = "/api/economy/indicators/ABOVE_QUOTA_CATERING_SALES/values/2032/03";
        String etag = as("economy-officer").contentType("application/json")
                .body("{\"value\": 1.5, \"basis\": \"CUMULATIVE\"}").when().put(path)
                .then().statusCode(201).extract().header("ETag");

        as("economy-officer").contentType("application/json").body("{\"value\": 1.6, \"basis\": \"CUMULATIVE\"}")
                .when().put(path).then().statusCode(428).contentType("application/problem+json");
        as("economy-officer").contentType("application/json").header("If-Match", "\"999\"")
                .body("{\"value\": 1.6, \"basis\": \"CUMULATIVE\"}")
                .when().put(path).then().statusCode(412).contentType("application/problem+json");
        as("street-admin").contentType("application/json").header("If-Match", etag)
                .body("{\"value\": 1.6, \"basis\": \"CUMULATIVE\"}")
                .when().put(path).then().statusCode(200)
                .body("value", hasToString("1.6"))
                .body("corrections[0].oldValue", hasToString("1.5"))
                .body("corrections[0].newValue", hasToString("1.6"))
                .body("corrections[0].changedBy", equalTo("test-street-admin"));

        long stored = QuarkusTransaction.requiringNew().call(() -> IndicatorCorrection.count(
                "indicatorCode = ?1 and year = ?2 and month = ?3", "ABOVE_QUOTA_CATERING_SALES", 2032, 3));
        assertThat(stored).as("one correction row for one change").isEqualTo(1);
    }

    @Test
    void twentyConcurrentChangesWithOneETagMakeOneChangeAndNineteen412s() throws Exception {
        String path = "/api/economy/indicators/GENERAL_BUDGET_REVENUE/targets/2061";
        String etag = as("economy-officer").contentType("application/json").body("{\"value\": 1000}").when()
                .put(path).then().statusCode(201).extract().header("ETag");
        int writers = 20;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int value = 1001 + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return as("economy-officer").contentType("application/json").header("If-Match", etag)
                            .body("{\"value\": " + value + "}").when().put(path).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        long corrections = QuarkusTransaction.requiringNew().call(() -> IndicatorCorrection.count(
                "indicatorCode = ?1 and year = ?2", "GENERAL_BUDGET_REVENUE", 2061));
        assertThat(corrections).as("the one change is the one correction kept").isEqualTo(1);
    }

    @Test
    void invalidInputNamesTheFieldAndUnknownIndicatorIs404() {
        as("economy-officer").contentType("application/json").body("{\"value\": 1}")
                .when().put("/api/economy/indicators/GENERAL_BUDGET_REVENUE/values/2023/13")
                .then().statusCode(400).contentType("application/problem+json");
        as("economy-officer").contentType("application/json").body("{\"value\": 1}")
                .when().put("/api/economy/indicators/GENERAL_BUDGET_REVENUE/values/2023/05")
                .then().statusCode(400).body("errors.field", hasItems("basis"));
        as("leader").queryParam("year", 2023).queryParam("throughMonth", 10)
                .when().get("/api/economy/indicators/NO_SUCH/progress").then().statusCode(404);
    }

    @Test
    void onlyOfficersAndAdminsWriteAndMachineClientsOfOtherAreasAreRefused() {
        as("leader").contentType("application/json").body("{\"value\": 1}")
                .when().put("/api/economy/indicators/GENERAL_BUDGET_REVENUE/targets/2040").then().statusCode(403);
        as("mediator").queryParam("year", 2023).queryParam("throughMonth", 10)
                .when().get("/api/economy/indicators/GENERAL_BUDGET_REVENUE/progress").then().statusCode(403);
        as("census-platform").when().get("/api/economy/indicators").then().statusCode(403);
        as("economy-officer").contentType("application/json")
                .body("{\"code\": \"ABOVE_SCALE_SERVICES_REVENUE\", \"name\": \"规上服务业营业收入\", \"unit\": \"HUNDRED_MILLION_YUAN\"}")
                .when().post("/api/economy/indicators").then().statusCode(201).body("name", equalTo("规上服务业营业收入"));
        as("economy-officer").contentType("application/json")
                .body("{\"code\": \"ABOVE_SCALE_SERVICES_REVENUE\", \"name\": \"x\", \"unit\": \"UNITS\"}")
                .when().post("/api/economy/indicators").then().statusCode(409);
    }
}

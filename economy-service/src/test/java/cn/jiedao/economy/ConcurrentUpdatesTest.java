package cn.jiedao.economy;

import static cn.jiedao.testing.ConcurrentUpdates.target;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.testing.ConcurrentUpdates;
import cn.jiedao.testing.ConcurrentUpdates.Case;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every mutable record kind of economy under concurrent updates with one If-Match: one success, 412 for the
 * others, the record left as the winner made it. One case for each If-Match operation of the OpenAPI document.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class ConcurrentUpdatesTest {

    static final String OFFICER = "economy-officer";

    static ExtractableResponse<Response> unit() {
        String code = CreditCodes.enterprise();
        return as(OFFICER).contentType("application/json")
                .body("{\"creditCode\": \"" + code + "\", \"name\": \"并发单位" + code.substring(8, 17)
                        + "\", \"industryCode\": \"5211\", \"address\": \"中悦广场\"}")
                .post("/api/economy/units").then().statusCode(201).extract();
    }

    static ExtractableResponse<Response> project() {
        return as(OFFICER).contentType("application/json")
                .body("{\"name\": \"并发项目\", \"totalInvestment\": 5000, \"startDate\": \"2088-03-01\", "
                        + "\"status\": \"UNDER_CONSTRUCTION\"}")
                .post("/api/economy/investment-projects").then().statusCode(201).extract();
    }

    static final List<Case> CASES = List.of(
            new Case("PUT /api/economy/indicators/{code}/targets/{year}", () -> {
                String path = "/api/economy/indicators/ABOVE_QUOTA_CATERING_SALES/targets/2087";
                String etag = as(OFFICER).contentType("application/json").body("{\"value\": 1000}").put(path)
                        .then().statusCode(201).extract().header("ETag");
                return target(etag, path, "leader", "path", path);
            }, (t, i) -> t.ifMatch(OFFICER).body("{\"value\": " + (1001 + i) + "}").put((String) t.id("path"))),
            new Case("PUT /api/economy/indicators/{code}/values/{year}/{month}", () -> {
                String path = "/api/economy/indicators/ABOVE_QUOTA_CATERING_SALES/values/2087/04";
                String etag = as(OFFICER).contentType("application/json")
                        .body("{\"value\": 90, \"basis\": \"MONTH\"}").put(path).then().statusCode(201).extract()
                        .header("ETag");
                return target(etag, path, "leader", "path", path);
            }, (t, i) -> t.ifMatch(OFFICER).body("{\"value\": " + (91 + i) + ", \"basis\": \"MONTH\"}")
                    .put((String) t.id("path"))),
            new Case("PUT /api/economy/investment-projects/{id}", () -> {
                var p = project();
                String path = "/api/economy/investment-projects/" + p.path("id");
                return target(p.header("ETag"), path, OFFICER, "path", path);
            }, (t, i) -> t.ifMatch(OFFICER).body("{\"name\": \"并发项目 " + i + "\", \"totalInvestment\": " + (5000 + i)
                    + ", \"startDate\": \"2088-03-01\", \"status\": \"UNDER_CONSTRUCTION\"}").put((String) t.id("path"))),
            new Case("PUT /api/economy/investment-projects/{id}/declarations/{year}/{month}", () -> {
                var p = project();
                String path = "/api/economy/investment-projects/" + p.path("id");
                return target(p.header("ETag"), path, OFFICER, "path", path);
            }, (t, i) -> t.ifMatch(OFFICER).body("{\"amount\": " + (100 + i) + "}")
                    .put(t.id("path") + "/declarations/2088/3")),
            new Case("PUT /api/economy/units/{id}/revenues/{year}", () -> {
                var u = unit();
                String path = "/api/economy/units/" + u.path("id");
                return target(u.header("ETag"), path, OFFICER, "path", path);
            }, (t, i) -> t.ifMatch(OFFICER).body("{\"revenue\": " + (600 + i) + "}").put(t.id("path") + "/revenues/2087")),
            new Case("POST /api/economy/units/{id}/status-changes", () -> {
                var u = unit();
                String path = "/api/economy/units/" + u.path("id");
                return target(u.header("ETag"), path, OFFICER, "path", path);
            }, (t, i) -> t.ifMatch(OFFICER).body("{\"status\": \"DECLARED\", \"date\": \"2023-05-10\"}")
                    .post(t.id("path") + "/status-changes")));

    @Test
    void everyIfMatchOperationHasACase() {
        ConcurrentUpdates.assertEveryIfMatchOperationHasACase("/api/economy", CASES);
    }

    @TestFactory
    List<DynamicTest> concurrentUpdatesWithOneIfMatchMakeOneChange() {
        return ConcurrentUpdates.tests(CASES);
    }
}

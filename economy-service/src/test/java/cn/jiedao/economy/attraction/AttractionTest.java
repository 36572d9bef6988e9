package cn.jiedao.economy.attraction;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.economy.CreditCodes;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class AttractionTest {

    @Test
    void theYearsSummaryHasTheReportsThreeCeremoniesFourteenProjectsAndTwoDomesticCapitalProjects() {
        String[] ceremonies = new String[3];
        for (int i = 0; i < 3; i++) {
            ceremonies[i] = as("economy-officer").contentType("application/json")
                    .body("{\"heldOn\": \"2098-0" + (3 + i * 3) + "-18\", \"venue\": \"中悦广场\", "
                            + "\"kind\": \"HEADQUARTERS_ECONOMY\", \"title\": \"总部经济集中签约\"}")
                    .when().post("/api/economy/signing-ceremonies").then().statusCode(201)
                    .body("kind", equalTo("HEADQUARTERS_ECONOMY")).extract().path("id");
        }
        for (int i = 0; i < 14; i++) { // 13 × 1000万 + 2000万 = 1.5亿
            as("street-admin").contentType("application/json")
                    .body("{\"ceremonyId\": \"" + ceremonies[i % 3] + "\", \"name\": \"总部项目" + i + "\", "
                            + "\"investor\": \"投资方" + i + "\", \"creditCode\": \"" + CreditCodes.enterprise() + "\", "
                            + "\"registeredCapital\": " + (i == 0 ? 2000 : 1000) + ", \"industryCode\": \"7212\", "
                            + "\"signedOn\": \"2098-0" + (3 + (i % 3) * 3) + "-18\"}")
                    .when().post("/api/economy/signed-projects").then().statusCode(201);
        }
        for (int amount : new int[] {15500, 15500}) {
            as("economy-officer").contentType("application/json")
                    .body("{\"name\": \"利用内资项目\", \"investor\": \"某集团\", \"totalInvestment\": " + amount
                            + ", \"signedOn\": \"2098-08-01\"}")
                    .when().post("/api/economy/domestic-capital-projects").then().statusCode(201);
        }
        as("leader").queryParam("year", 2098).when().get("/api/economy/investment-attraction/summary")
                .then().statusCode(200).body("ceremonies", equalTo(3)).body("signedProjects", equalTo(14))
                .body("registeredCapital", equalTo(15000)).body("domesticCapitalProjects", equalTo(2))
                .body("domesticCapitalInvestment", equalTo(31000));
    }

    @Test
    void anInvalidCreditCodeOrUnknownCeremonyIsRefusedAndReadersCannotWrite() {
        as("economy-officer").contentType("application/json")
                .body("{\"name\": \"x\", \"investor\": \"y\", \"creditCode\": \"913601210000000001\", "
                        + "\"registeredCapital\": 1, \"signedOn\": \"2098-01-01\"}")
                .when().post("/api/economy/signed-projects").then().statusCode(400)
                .contentType("application/problem+json");
        as("economy-officer").contentType("application/json")
                .body("{\"ceremonyId\": \"00000000-0000-0000-0000-000000000000\", \"name\": \"x\", \"investor\": \"y\", "
                        + "\"registeredCapital\": 1, \"signedOn\": \"2098-01-01\"}")
                .when().post("/api/economy/signed-projects").then().statusCode(400)
                .body("errors[0].field", equalTo("ceremonyId"));
        as("county-system").contentType("application/json")
                .body("{\"heldOn\": \"2098-01-01\", \"venue\": \"x\", \"kind\": \"OTHER\"}")
                .when().post("/api/economy/signing-ceremonies").then().statusCode(403);
        as("census-platform").when().get("/api/economy/signed-projects").then().statusCode(403);
    }
}

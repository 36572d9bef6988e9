package cn.jiedao.economy.unit;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.economy.CreditCodes;
import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class UnitRegistryTest {

    @Inject
    StreetTime streetTime;

    private static ExtractableResponse<Response> register(String creditCode, String industry, String extra) {
        return as("economy-officer").contentType("application/json")
                .body("{\"creditCode\": \"" + creditCode + "\", \"name\": \"测试单位" + creditCode.substring(8, 17)
                        + "\", \"industryCode\": \"" + industry + "\", \"address\": \"中悦广场\"" + extra + "}")
                .when().post("/api/economy/units").then().statusCode(201).extract();
    }

    @Test
    void aRetailerIsCheckedAgainstTheSeededThresholdAndMovesThroughThePipelineWithETags() {
        var created = register(CreditCodes.enterprise(), "5212", "");
        String id = created.path("id");
        assertThat((String) created.path("category")).isEqualTo("ABOVE_QUOTA_RETAIL");
        assertThat((String) created.path("status")).isEqualTo("CULTIVATING");
        String etag = created.header("ETag");

        as("leader").queryParam("year", 2023).when().get("/api/economy/units/" + id + "/eligibility")
                .then().statusCode(200).body("eligible", equalTo(false))
                .body("explanation", equalTo("零售业 主营业务收入 ≥ 500万元: no main-business revenue recorded for 2023"));

        as("economy-officer").contentType("application/json").body("{\"revenue\": 620}")
                .when().put("/api/economy/units/" + id + "/revenues/2023").then().statusCode(428);
        String afterRevenue = as("economy-officer").contentType("application/json").header("If-Match", etag)
                .body("{\"revenue\": 620}")
                .when().put("/api/economy/units/" + id + "/revenues/2023").then().statusCode(200)
                .body("revenues.2023", equalTo(620)).extract().header("ETag");
        assertThat(afterRevenue).as("a revenue change is a new version").isNotEqualTo(etag);

        as("county-system").queryParam("year", 2023).when().get("/api/economy/units/" + id + "/eligibility")
                .then().statusCode(200).body("eligible", equalTo(true))
                .body("threshold.industryPrefix", equalTo("52")).body("threshold.minRevenue", equalTo(500))
                .body("explanation", equalTo("零售业 主营业务收入 ≥ 500万元: 2023 revenue 620万元 ≥ 500万元, passed"));

        as("economy-officer").contentType("application/json").header("If-Match", etag)
                .body("{\"status\": \"DECLARED\"}")
                .when().post("/api/economy/units/" + id + "/status-changes").then().statusCode(412);
        String declared = as("economy-officer").contentType("application/json").header("If-Match", afterRevenue)
                .body("{\"status\": \"DECLARED\", \"date\": \"2023-05-10\"}")
                .when().post("/api/economy/units/" + id + "/status-changes").then().statusCode(200)
                .body("status", equalTo("DECLARED")).body("declaredOn", equalTo("2023-05-10"))
                .extract().header("ETag");
        as("economy-officer").contentType("application/json").header("If-Match", declared)
                .body("{\"status\": \"EXITED\"}")
                .when().post("/api/economy/units/" + id + "/status-changes").then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("DECLARED"))
                .body("allowedSteps", equalTo(List.of("ADMIT", "CULTIVATE")));
        as("leader").contentType("application/json").header("If-Match", declared)
                .body("{\"status\": \"IN_LIBRARY\"}")
                .when().post("/api/economy/units/" + id + "/status-changes").then().statusCode(403);
        as("street-admin").contentType("application/json").header("If-Match", declared)
                .body("{\"status\": \"IN_LIBRARY\", \"date\": \"2023-06-30\"}")
                .when().post("/api/economy/units/" + id + "/status-changes").then().statusCode(200)
                .body("status", equalTo("IN_LIBRARY")).body("inLibraryOn", equalTo("2023-06-30"));

        String stored = QuarkusTransaction.requiringNew().call(() ->
                StatisticalUnit.<StatisticalUnit>findById(UUID.fromString(id)).status.name());
        assertThat(stored).isEqualTo("IN_LIBRARY");

        as("county-system").when().get("/api/economy/units/" + id + "/history").then().statusCode(200)
                .body("step", equalTo(List.of("REGISTER", "DECLARE", "ADMIT")))
                .body("from", equalTo(java.util.Arrays.asList(null, "CULTIVATING", "DECLARED")))
                .body("to", equalTo(List.of("CULTIVATING", "DECLARED", "IN_LIBRARY")))
                .body("actor", equalTo(List.of("test-economy-officer", "test-economy-officer", "test-street-admin")))
                .body("[1].note", equalTo("DECLARED on 2023-05-10"))
                .body("[2].note", equalTo("IN_LIBRARY on 2023-06-30"));
        as("economy-officer").when().get("/api/economy/units/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutADateAStatusIsDatedTheStreetsTodayEvenJustAfterMidnightInShanghai() {
        // 2023-07-01 00:30 in Shanghai is still 2023-06-30 in UTC
        streetTime.useClock(Clock.fixed(Instant.parse("2023-06-30T16:30:00Z"), streetTime.zone()));
        try {
            var created = register(CreditCodes.enterprise(), "6210", "");
            assertThat((String) created.path("cultivatingSince")).isEqualTo("2023-07-01");
            assertThat(OffsetDateTime.parse(created.path("registeredAt")).toInstant())
                    .isEqualTo(Instant.parse("2023-06-30T16:30:00Z"));
            as("economy-officer").contentType("application/json").header("If-Match", created.header("ETag"))
                    .body("{\"status\": \"DECLARED\"}")
                    .when().post("/api/economy/units/" + created.path("id") + "/status-changes").then().statusCode(200)
                    .body("declaredOn", equalTo("2023-07-01"));
            List<String> at = as("leader").when().get("/api/economy/units/" + created.path("id") + "/history")
                    .then().statusCode(200)
                    .body("note", equalTo(List.of("CULTIVATING on 2023-07-01", "DECLARED on 2023-07-01")))
                    .extract().path("at");
            assertThat(at).extracting(t -> OffsetDateTime.parse(t).toInstant())
                    .containsExactly(Instant.parse("2023-06-30T16:30:00Z"), Instant.parse("2023-06-30T16:30:00Z"));
        } finally {
            streetTime.useSystemClock();
        }
    }

    @Test
    void anInvalidCreditCodeADuplicateAndAWrongRoleAreRefused() {
        as("economy-officer").contentType("application/json")
                .body("{\"creditCode\": \"913601210000000001\", \"name\": \"x\", \"industryCode\": \"5212\"}")
                .when().post("/api/economy/units").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("creditCode")));
        String code = CreditCodes.enterprise();
        register(code, "5111", "");
        as("economy-officer").contentType("application/json")
                .body("{\"creditCode\": \"" + code + "\", \"name\": \"again\", \"industryCode\": \"5111\"}")
                .when().post("/api/economy/units").then().statusCode(409);
        as("leader").contentType("application/json")
                .body("{\"creditCode\": \"" + CreditCodes.enterprise() + "\", \"name\": \"x\", \"industryCode\": \"5111\"}")
                .when().post("/api/economy/units").then().statusCode(403);
        as("census-platform").queryParam("year", 2023).when().get("/api/economy/units/summary").then().statusCode(403);
        as("economy-officer").when().get("/api/economy/units/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aCateringUnitPublishesUnitRegisteredOnTheBrokerAndAWholesalerDoesNot() throws Exception {
        String wholesaler = CreditCodes.enterprise();
        register(wholesaler, "5111", "");
        String restaurant = CreditCodes.enterprise();
        String id = register(restaurant, "6210", ", \"gridCode\": \"360121001002003\"").path("id");

        List<ConsumerRecord<String, String>> seen = KafkaTopics.readUntil(UnitEvents.TOPIC,
                r -> restaurant.equals(r.key()), Duration.ofSeconds(30));
        JsonNode event = new ObjectMapper().readTree(seen.get(seen.size() - 1).value());
        assertThat(event.get("type").asText()).isEqualTo("economy.unit.registered");
        JsonNode data = event.get("data");
        assertThat(data.get("unitId").asText()).isEqualTo(id);
        assertThat(data.get("source").asText()).isEqualTo("REGISTRY");
        assertThat(data.get("industryCode").asText()).isEqualTo("6210");
        assertThat(data.get("gridCode").asText()).isEqualTo("360121001002003");
        assertThat(data.get("address").asText()).isEqualTo("中悦广场");
        assertThat(data.get("name").asText()).startsWith("测试单位");
        assertThat(seen).noneMatch(r -> wholesaler.equals(r.key()));
        long wholesalerEvents = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", wholesaler));
        assertThat(wholesalerEvents).as("no outbox row for a wholesaler").isZero();
    }

    @Test
    void theSummaryCountsTheReportsLibraryOf122UnitsAnd13NewLegalEntities() {
        QuarkusTransaction.requiringNew().run(() -> {
            StatisticalUnit.getEntityManager().createNativeQuery("delete from unit_revenue").executeUpdate();
            StatisticalUnit.deleteAll();
        });
        // 89 限上商贸 (60 wholesale, 20 retail, 3 accommodation, 6 catering), 10 services, 19 construction, 4 real estate
        String[][] groups = {{"5111", "60"}, {"5211", "20"}, {"6110", "3"}, {"6210", "6"}, {"7220", "10"},
                {"4710", "19"}, {"7010", "4"}};
        int n = 0;
        for (String[] g : groups) {
            for (int i = 0; i < Integer.parseInt(g[1]); i++, n++) {
                String date = n < 13 ? "2023-0" + (1 + n % 9) + "-15" : "2021-03-01";
                register(CreditCodes.enterprise(), g[0], ", \"status\": \"IN_LIBRARY\", \"statusDate\": \"" + date + "\"");
            }
        }
        register(CreditCodes.enterprise(), "5211", "");
        register(CreditCodes.individual(), "6210", ", \"status\": \"DECLARED\"");

        as("leader").queryParam("year", 2023).when().get("/api/economy/units/summary").then().statusCode(200)
                .body("inLibrary", equalTo(122)).body("aboveQuotaTrade", equalTo(89))
                .body("inLibraryByCategory.ABOVE_SCALE_SERVICES", equalTo(10))
                .body("inLibraryByCategory.ABOVE_SCALE_CONSTRUCTION", equalTo(19))
                .body("inLibraryByCategory.REAL_ESTATE_DEVELOPMENT", equalTo(4))
                .body("inLibraryByCategory.ABOVE_QUOTA_WHOLESALE", equalTo(60))
                .body("byStatus.CULTIVATING", equalTo(1)).body("byStatus.DECLARED", equalTo(1))
                .body("newInLibrary", equalTo(13)).body("newInLibraryLegalEntities", equalTo(13))
                .body("newInLibraryIndividualBusinesses", equalTo(0));

        as("economy-officer").queryParam("status", "IN_LIBRARY").queryParam("category", "REAL_ESTATE_DEVELOPMENT")
                .queryParam("size", 3).when().get("/api/economy/units").then().statusCode(200)
                .body("total", equalTo(4)).body("items.size()", equalTo(3)).body("size", equalTo(3))
                .body("page", equalTo(0));
    }
}

package cn.jiedao.safety.statistics;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.safety.SafetyData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report's 2023 safety figures, recorded through the API and read back from the statistics. The year 2023
 * of drills, demolitions, outreach and fraud counts belongs to this test: the other tests record theirs in
 * other years.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class SafetyReportFiguresTest {

    static final String[] KINDS = {"FIRE", "GAS_LEAK", "FLOOD", "EVACUATION", "EARTHQUAKE", "OTHER"};

    @Inject
    StreetTime time;

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    @Test
    void theReportsTwoHundredFortySixDemolitionsOfAbout4142SquareMetresComeBack() {
        time.useClock(Clock.fixed(Instant.parse("2023-01-05T02:00:00Z"), time.zone()));
        List<Response> reported = new java.util.ArrayList<>();
        for (int i = 0; i < 246; i++) {
            reported.add(as("safety-officer").contentType("application/json")
                    .body(Map.of("address", "八月湖街道违建点" + (i + 1), "gridCode", "340123001003001",
                            "description", "违章搭建")).post("/api/safety/illegal-construction-cases"));
        }
        time.useClock(Clock.fixed(Instant.parse("2023-12-31T02:00:00Z"), time.zone()));
        for (int i = 0; i < 246; i++) {
            Response r = reported.get(i);
            r.then().statusCode(201);
            String path = "/api/safety/illegal-construction-cases/" + r.path("id");
            // 245 structures of 16.8 m² and one of 26 m²: 4142 m² in all
            BigDecimal area = i == 245 ? new BigDecimal("26") : new BigDecimal("16.8");
            // entered at the end of the year: the verification and the demolition carry their own days
            String day = LocalDate.of(2023, 1 + i % 12, 10).toString();
            String etag = as("safety-officer").contentType("application/json").header("If-Match", r.header("ETag"))
                    .body(Map.of("areaSquareMetres", area, "occurredOn", day)).post(path + "/verification").then()
                    .statusCode(200).extract().header("ETag");
            as("safety-officer").contentType("application/json").header("If-Match", etag)
                    .body(Map.of("demolishedOn", day, "areaSquareMetres", area))
                    .post(path + "/demolition").then().statusCode(200);
        }
        as("leader").get("/api/safety/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(200)
                .body("illegalConstruction.demolished", equalTo(246))
                .body("illegalConstruction.demolishedAreaSquareMetres", equalTo(4142))
                .body("illegalConstruction.opened", equalTo(246));
    }

    @Test
    void theReportsKeyPersonsUnderSupervisionComeBackAsCountsOnly() {
        time.useClock(Clock.fixed(Instant.parse("2023-03-01T02:00:00Z"), time.zone()));
        Map<String, Integer> report = Map.of("SEVERE_MENTAL_DISORDER", 22, "DRUG_USER", 65, "COMMUNITY_CORRECTION", 53);
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        report.forEach((category, count) -> {
            for (int i = 0; i < count; i++) {
                int k = n.incrementAndGet();
                as("safety-officer").contentType("application/json")
                        .body(SafetyData.keyPerson(category, "重点人员" + k, ResidentIdNumber.withCheckCharacter(
                                String.format("34012319800101%03d", k)), String.format("139%08d", k),
                                "340123001004001", "LOW", "2023-01-01", "2024-06-30"))
                        .post("/api/safety/key-persons").then().statusCode(201);
            }
        });
        as("leader").get("/api/safety/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(200)
                .body("keyPersons.underSupervision.SEVERE_MENTAL_DISORDER", equalTo(22))
                .body("keyPersons.underSupervision.DRUG_USER", equalTo(65))
                .body("keyPersons.underSupervision.COMMUNITY_CORRECTION", equalTo(53))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("重点人员")));
    }

    @Test
    void theReportsTwentySixDrillsAndTheFallInTelecomFraudComeBack() {
        for (int i = 0; i < 26; i++) {
            as("safety-officer").contentType("application/json")
                    .body(Map.of("heldOn", LocalDate.of(2023, 1 + i % 12, 10 + i / 12).toString(),
                            "kind", KINDS[i % KINDS.length], "place", "八月湖街道第" + (i + 1) + "演练点",
                            "organiser", "街道应急办", "participants", 30 + i, "scenario", "应急演练"))
                    .post("/api/safety/drills").then().statusCode(201);
        }
        for (int month = 1; month <= 10; month++) {
            report(String.format("2022-%02d", month), 20);
            report(String.format("2023-%02d", month), 12);
        }
        as("safety-officer").contentType("application/json")
                .body(Map.of("heldOn", "2023-03-15", "kind", "ANTI_FRAUD_PUBLICITY", "topic", "反诈宣传进社区",
                        "place", "八月湖社区", "audience", "居民", "attendance", 200))
                .post("/api/safety/outreach-events").then().statusCode(201);
        String site = SafetyData.site("统计小馆" + UUID.randomUUID());
        as("safety-officer").contentType("application/json")
                .body(Map.of("siteId", site, "domains", List.of("GAS"), "inspectedOn", "2023-05-05",
                        "inspectors", List.of("李四"), "findings", List.of(SafetyData.finding("GAS", "MAJOR", "管道腐蚀"))))
                .post("/api/safety/inspections").then().statusCode(201);

        as("leader").get("/api/safety/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(200)
                .body("drills", equalTo(26))
                .body("drillParticipants", equalTo(26 * 30 + 325))
                .body("outreachEvents.byKind.ANTI_FRAUD_PUBLICITY", equalTo(1))
                .body("outreachEvents.attendance", equalTo(200))
                .body("telecomFraudCases.cases", equalTo(120))
                .body("telecomFraudCases.sameMonthsLastYear", equalTo(200))
                .body("telecomFraudCases.yoyPercent", equalTo(-40.0f))
                .body("telecomFraudCases.monthsReported", equalTo(10));
        as("county-system").get("/api/safety/statistics?from=2023-05-05&to=2023-05-05").then().statusCode(200)
                .body("hazards.byDomain.GAS", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("hazards.byMonth.month", equalTo(List.of("2023-05")))
                .body("hazards.byMonth[0].found", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as("leader").get("/api/safety/statistics?from=2023-04-20&to=2023-06-10").then().statusCode(200)
                .body("hazards.byMonth.month", equalTo(List.of("2023-04", "2023-05", "2023-06")))
                .body("hazards.byMonth[1].found", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as("leader").get("/api/safety/statistics?from=2023-12-31&to=2023-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("leader").get("/api/safety/statistics?from=2023-01-01").then().statusCode(400);
        as("hub-staff").get("/api/safety/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(403);
    }

    private static void report(String month, int cases) {
        as("police-system").contentType("application/json").body(Map.of("cases", cases))
                .put("/api/safety/telecom-fraud-cases/" + month).then().statusCode(200);
    }
}

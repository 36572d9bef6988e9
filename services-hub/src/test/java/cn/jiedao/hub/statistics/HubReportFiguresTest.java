package cn.jiedao.hub.statistics;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report's 2023 figures that the services hub counts, recorded through the API and read back from the
 * statistics: 25 volunteer teams, 80+ activities (81 recorded), 50+ disputes helped (51 recorded). The year 2023
 * belongs to this test: the other tests record theirs in other years.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class HubReportFiguresTest {

    @Inject
    StreetTime time;

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    @Test
    void theReportsTwentyFiveTeamsEightyOneActivitiesAndFiftyOneDisputesHelpedComeBack() {
        List<String> teams = new ArrayList<>();
        List<String> volunteers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String teamId = as("hub-staff").contentType("application/json")
                    .body(Map.of("name", "八月湖志愿服务队" + (i + 1) + "-" + UUID.randomUUID(),
                            "foundedOn", "2023-01-0" + (1 + i % 9)))
                    .post("/api/hub/volunteer-teams").then().statusCode(201).extract().path("id");
            teams.add(teamId);
            volunteers.add(as("hub-staff").contentType("application/json").body(Map.of("teamId", teamId,
                    "name", "志愿者" + (i + 1), "phone", "1390000" + String.format("%04d", i), "joinedOn", "2023-01-10"))
                    .post("/api/hub/volunteers").then().statusCode(201).extract().path("id"));
        }
        for (int i = 0; i < 81; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("teamId", teams.get(i % 25),
                    "kind", i < 51 ? "DISPUTE_MEDIATION" : "ELDERLY_CARE", "title", "志愿服务活动" + (i + 1),
                    "heldOn", "2023-" + String.format("%02d", 1 + i % 12) + "-15",
                    "hours", List.of(Map.of("volunteerId", volunteers.get(i % 25), "hours", 2))));
            if (i < 51) {
                body.put("disputeCaseNo", String.format("TJ-2023-%05d", 900 + i));
            }
            as("hub-staff").contentType("application/json").body(body).post("/api/hub/volunteer-activities").then()
                    .statusCode(201);
        }
        // one request in each of the five modes, received in 2023
        time.useClock(Clock.fixed(Instant.parse("2023-06-01T02:00:00Z"), time.zone()));
        String type = "REPORT_YEAR_SERVICE";
        as("hub-staff").contentType("application/json").body(Map.of("code", type, "name", "居住证办理",
                "department", "街道综合服务窗口", "timeAllowedDays", 7, "attributes", List.of()))
                .post("/api/hub/service-types").then().statusCode(201);
        for (String mode : List.of("SELF_SERVICE", "PRE_REVIEW", "ON_SITE_ACCEPTANCE", "PROXY_HANDLING",
                "ASSISTED_HANDLING", "PROXY_HANDLING")) {
            as("hub-staff").contentType("application/json").body(Map.of("serviceType", type, "mode", mode,
                    "applicant", Map.of("name", "张三", "phone", "13800001234")))
                    .post("/api/hub/service-requests").then().statusCode(201);
        }

        as("leader").get("/api/hub/statistics?year=2023").then().statusCode(200)
                .body("volunteerTeams", equalTo(25)).body("volunteerActivities", equalTo(81))
                .body("disputesHelpedByVolunteers", equalTo(51)).body("volunteerHours", equalTo(162))
                .body("serviceRequestsByMode.SELF_SERVICE", equalTo(1))
                .body("serviceRequestsByMode.PROXY_HANDLING", equalTo(2))
                .body("serviceRequestsByMode.ASSISTED_HANDLING", equalTo(1));
        as("county-system").get("/api/hub/statistics?year=2022").then().statusCode(200)
                .body("volunteerTeams", equalTo(0)).body("volunteerActivities", equalTo(0));
        as("grid-worker").get("/api/hub/statistics?year=2023").then().statusCode(403);
        as("leader").get("/api/hub/statistics").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }
}

package cn.jiedao.hub.servicepoint;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.jiedao.hub.HubData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class ServicePointResourceTest {

    static Map<String, Object> centre(String community, List<?> hours) {
        Map<String, Object> point = new HashMap<>(Map.of("type", "PARTY_MASS_SERVICE_CENTER", "name", "党群服务中心",
                "communityCode", community, "address", "八月湖路1号", "latitude", 31.8612, "longitude", 117.283,
                "openingHours", hours, "services", List.of("一窗受理", "政策咨询")));
        return point;
    }

    @Test
    void aCentreOpen365DaysWithStaggeredShiftsHasNoGapsAndAMissedShiftShows() {
        String community = HubData.community("中心社区");
        List<Map<String, String>> hours = new ArrayList<>(HubData.everyDay("08:30", "12:00"));
        hours.addAll(HubData.everyDay("13:30", "20:30"));
        Response created = json("hub-staff", centre(community, hours)).post("/api/hub/service-points");
        created.then().statusCode(201).body("staffRequired", equalTo(1)).body("openingHours", hasSize(14))
                .body("openingHours[0].opens", equalTo("08:30:00"));
        String id = created.path("id");
        for (int day = 1; day <= 30; day++) {
            String date = LocalDate.of(2024, 11, day).toString();
            json("hub-staff", Map.of("date", date, "from", "08:00", "to", "15:00", "staff", List.of("张")))
                    .post("/api/hub/service-points/" + id + "/shifts").then().statusCode(201);
            if (day != 11) {
                json("hub-staff", Map.of("date", date, "from", "14:30", "to", "20:30", "staff", List.of("李")))
                        .post("/api/hub/service-points/" + id + "/shifts").then().statusCode(201);
            }
        }
        as("grid-worker").get("/api/hub/service-points/" + id + "/roster-gaps?month=2024-11").then().statusCode(200)
                .body("fullyCovered", equalTo(false)).body("gaps", hasSize(1))
                .body("gaps[0].date", equalTo("2024-11-11")).body("gaps[0].from", equalTo("15:00:00"))
                .body("gaps[0].to", equalTo("20:30:00")).body("gaps[0].onDuty", equalTo(0));
        json("hub-staff", Map.of("date", "2024-11-11", "from", "15:00", "to", "20:30", "staff", List.of("王")))
                .post("/api/hub/service-points/" + id + "/shifts").then().statusCode(201);
        as("leader").get("/api/hub/service-points/" + id + "/roster-gaps?month=2024-11").then().statusCode(200)
                .body("fullyCovered", equalTo(true)).body("gaps", hasSize(0));
        as("leader").get("/api/hub/service-points/" + id + "/roster-gaps?month=2024-12").then()
                .body("gaps", hasSize(62));

        as("mediator").queryParam("at", "2024-11-05T14:45:00+08:00").get("/api/hub/service-points/" + id + "/on-duty").then()
                .statusCode(200).body("open", equalTo(true)).body("staff", contains("张", "李"));
        as("mediator").queryParam("at", "2024-11-05T13:00:00+08:00").get("/api/hub/service-points/" + id + "/on-duty").then()
                .body("open", equalTo(false)).body("staff", contains("张"));
        as("hub-staff").get("/api/hub/service-points/" + id + "/shifts?from=2024-11-11&to=2024-11-11").then()
                .body("$", hasSize(2));
    }

    @Test
    void badHoursShiftsAndMonthsAreProblemsNamingTheField() {
        String community = HubData.community("问题社区");
        Map<String, Object> point = centre(community, List.of(Map.of("dayOfWeek", "MONDAY", "opens", "18:00",
                "closes", "09:00")));
        json("hub-staff", point).post("/api/hub/service-points").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("openingHours[0].closes"));
        point.put("openingHours", List.of(Map.of("dayOfWeek", "FUNDAY", "opens", "08:00", "closes", "09:00")));
        json("hub-staff", point).post("/api/hub/service-points").then().statusCode(400)
                .contentType("application/problem+json");
        point.put("openingHours", HubData.everyDay("08:00", "17:00"));
        point.put("staffRequired", 2);
        Response created = json("street-admin", point).post("/api/hub/service-points");
        created.then().statusCode(201).body("staffRequired", equalTo(2));
        String id = created.path("id");
        json("hub-staff", Map.of("date", "2024-11-01", "from", "12:00", "to", "09:00", "staff", List.of("张")))
                .post("/api/hub/service-points/" + id + "/shifts").then().statusCode(400)
                .body("errors.field", hasItems("to"));
        json("hub-staff", Map.of("date", "2024-11-01", "from", "08:00", "to", "09:00", "staff", List.of()))
                .post("/api/hub/service-points/" + id + "/shifts").then().statusCode(400)
                .body("errors.field", hasItems("staff"));
        json("grid-worker", Map.of("date", "2024-11-01", "from", "08:00", "to", "09:00", "staff", List.of("张")))
                .post("/api/hub/service-points/" + id + "/shifts").then().statusCode(403);
        as("hub-staff").get("/api/hub/service-points/" + id + "/roster-gaps?month=2024-13").then().statusCode(400)
                .body("errors.field", hasItems("month"));
        as("hub-staff").get("/api/hub/service-points/" + id + "/on-duty?at=yesterday").then().statusCode(400)
                .body("errors.field", hasItems("at"));
        point.put("name", "改名中心");
        json("hub-staff", point).header("If-Match", created.header("ETag")).put("/api/hub/service-points/" + id)
                .then().statusCode(200).body("name", equalTo("改名中心"));
        json("hub-staff", point).put("/api/hub/service-points/" + id).then().statusCode(428);
        as("census-platform").get("/api/hub/service-points?type=PARTY_MASS_SERVICE_CENTER&communityCode=" + community)
                .then().statusCode(200).body("total", equalTo(1));
    }
}

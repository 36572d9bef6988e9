package cn.jiedao.hub.newemployment;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.jiedao.hub.HubData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class StationResourceTest {

    @Test
    void visitsAreCountedPerStationAndMonth() {
        String community = HubData.community("骑手社区");
        String station = json("hub-staff", Map.of("name", "八月湖骑手驿站", "communityCode", community,
                "address", "八月湖路66号", "services", List.of("休息", "饮水", "充电"))).post("/api/hub/new-employment-stations")
                .then().statusCode(201).body("services", hasSize(3)).extract().path("id");
        String path = "/api/hub/new-employment-stations/" + station + "/visits";
        json("hub-staff", Map.of("date", "2025-03-02", "workerKind", "DELIVERY_RIDER", "visitors", 12)).post(path)
                .then().statusCode(201);
        json("hub-staff", Map.of("date", "2025-03-20", "workerKind", "COURIER", "visitors", 5)).post(path)
                .then().statusCode(201);
        json("street-admin", Map.of("date", "2025-04-01", "workerKind", "COURIER")).post(path).then().statusCode(201)
                .body("visitors", equalTo(1));
        json("hub-staff", Map.of("date", "2024-12-31", "workerKind", "COURIER", "visitors", 3)).post(path).then()
                .statusCode(201);
        json("hub-staff", Map.of("date", "2025-04-01", "workerKind", "ASTRONAUT")).post(path).then().statusCode(400)
                .contentType("application/problem+json");
        json("hub-staff", Map.of("date", "2025-04-01", "workerKind", "COURIER", "visitors", 0)).post(path).then()
                .statusCode(400).body("errors.field", hasItems("visitors"));
        json("grid-worker", Map.of("date", "2025-04-01", "workerKind", "COURIER")).post(path).then().statusCode(403);

        as("leader").get(path + "?year=2025").then().statusCode(200).body("visitors", equalTo(18))
                .body("months", hasSize(12)).body("months[2].month", equalTo("2025-03"))
                .body("months[2].visitors", equalTo(17)).body("months[2].byKind.DELIVERY_RIDER", equalTo(12))
                .body("months[2].byKind.COURIER", equalTo(5)).body("months[3].visitors", equalTo(1))
                .body("months[0].visitors", equalTo(0));
        as("leader").get(path + "?year=1999").then().statusCode(400).body("errors.field", hasItems("year"));
        as("mediator").get("/api/hub/new-employment-stations?communityCode=" + community).then().body("total", equalTo(1));
    }
}

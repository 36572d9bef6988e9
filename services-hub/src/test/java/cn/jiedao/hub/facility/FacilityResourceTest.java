package cn.jiedao.hub.facility;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.jiedao.hub.HubData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class FacilityResourceTest {

    @Test
    void aShedBeingBuiltGoesIntoServiceAndFacilitiesListByCompound() {
        String community = HubData.community("设施社区");
        String compound = json("hub-staff", Map.of("name", "幸福时光小区", "communityCode", community))
                .post("/api/hub/residential-compounds").then().statusCode(201).extract().path("id");
        Map<String, Object> shed = new HashMap<>(Map.of("type", "EV_SHED", "name", "幸福时光电动车棚",
                "compoundId", compound, "status", "IN_SERVICE", "capacity", 60));
        json("hub-staff", shed).post("/api/hub/facilities").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("installedOn"));
        shed.put("status", "UNDER_CONSTRUCTION");
        Response created = json("hub-staff", shed).post("/api/hub/facilities");
        created.then().statusCode(201).body("status", equalTo("UNDER_CONSTRUCTION"));
        shed.put("status", "IN_SERVICE");
        shed.put("installedOn", "2025-06-30");
        json("hub-staff", shed).put("/api/hub/facilities/" + created.path("id")).then().statusCode(428);
        json("hub-staff", shed).header("If-Match", created.header("ETag")).put("/api/hub/facilities/" + created.path("id"))
                .then().statusCode(200).body("status", equalTo("IN_SERVICE")).body("installedOn", equalTo("2025-06-30"));
        json("street-admin", Map.of("type", "EV_CHARGING_PILE", "name", "充电桩站点", "compoundId", compound,
                "status", "OUT_OF_ORDER", "installedOn", "2025-01-10", "capacity", 10)).post("/api/hub/facilities")
                .then().statusCode(201);
        json("hub-staff", Map.of("type", "EV_SHED", "name", "无小区车棚", "compoundId", UUID.randomUUID().toString(),
                "status", "IN_SERVICE", "installedOn", "2025-01-10", "capacity", 10)).post("/api/hub/facilities")
                .then().statusCode(400).body("errors.field", hasItems("compoundId"));
        json("grid-worker", shed).post("/api/hub/facilities").then().statusCode(403);
        as("leader").get("/api/hub/facilities?compoundId=" + compound).then().statusCode(200).body("total", equalTo(2));
        as("leader").get("/api/hub/facilities?compoundId=" + compound + "&type=EV_CHARGING_PILE&status=OUT_OF_ORDER")
                .then().body("total", equalTo(1)).body("items[0].capacity", equalTo(10));
    }

    @Test
    void aWorkNamesTheCaseOfTheRequestItAnswers() {
        String community = HubData.community("实事社区");
        String caseNo = "FW-2025-" + UUID.randomUUID().toString().substring(0, 8);
        json("hub-staff", Map.of("kind", "STREET_LAMP", "description", "更换路灯12盏", "communityCode", community,
                "requestCaseNo", caseNo, "completedOn", "2025-05-20")).post("/api/hub/community-works").then()
                .statusCode(201).body("createdBy", equalTo("test-hub-staff"));
        json("hub-staff", Map.of("kind", "ROAD_REPAIR", "description", "修补道路", "communityCode", community,
                "completedOn", "2025-05-20")).post("/api/hub/community-works").then().statusCode(400)
                .body("errors.field", hasItems("requestCaseNo"));
        as("grid-worker").get("/api/hub/community-works?requestCaseNo=" + caseNo).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("STREET_LAMP"))
                .body("items[0].communityCode", equalTo(community));
    }
}

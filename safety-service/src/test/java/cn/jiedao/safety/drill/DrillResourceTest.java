package cn.jiedao.safety.drill;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.jiedao.safety.SafetyData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class DrillResourceTest {

    static Map<String, Object> drill(String siteId, String place, List<Map<String, Object>> findings) {
        Map<String, Object> drill = new HashMap<>(Map.of("heldOn", "2022-06-16", "kind", "GAS_LEAK",
                "organiser", "街道应急办", "participants", 40, "scenario", "后厨燃气泄漏，疏散并关阀"));
        if (siteId != null) {
            drill.put("siteId", siteId);
        }
        if (place != null) {
            drill.put("place", place);
        }
        drill.put("findings", findings);
        return drill;
    }

    @Test
    void aDrillsFindingOpensAHazardAtItsSite() {
        String siteId = SafetyData.site("演练小馆" + UUID.randomUUID());
        var created = as("safety-officer").contentType("application/json")
                .body(drill(siteId, null, List.of(SafetyData.finding("GAS", "GENERAL", "报警器未联动切断阀"))))
                .post("/api/safety/drills");
        created.then().statusCode(201).body("hazards.size()", equalTo(1))
                .body("hazards[0].siteId", equalTo(siteId)).body("hazards[0].status", equalTo("OPEN"));
        String id = created.path("id");
        String hazard = created.path("hazards[0].id");
        as("grid-worker").get("/api/safety/drills/" + id).then().statusCode(200)
                .body("hazards[0].id", equalTo(hazard)).body("hazards[0].drillId", equalTo(id));
        as("safety-officer").get("/api/safety/drills?kind=GAS_LEAK&from=2022-06-16&to=2022-06-16&size=200").then()
                .statusCode(200).body("items.id", hasItems(id));
    }

    @Test
    void aDrillNamesWhereItWasHeldAndAFindingNeedsASite() {
        as("safety-officer").contentType("application/json").body(drill(null, null, List.of()))
                .post("/api/safety/drills").then().statusCode(400).body("errors[0].field", equalTo("place"));
        as("safety-officer").contentType("application/json")
                .body(drill(null, "八月湖广场", List.of(SafetyData.finding("FIRE", "GENERAL", "x"))))
                .post("/api/safety/drills").then().statusCode(400).body("errors[0].field", equalTo("siteId"));
        as("safety-officer").contentType("application/json").body(drill(null, "八月湖广场", List.of()))
                .post("/api/safety/drills").then().statusCode(201).body("place", equalTo("八月湖广场"));
        as("grid-worker").contentType("application/json").body(drill(null, "八月湖广场", List.of()))
                .post("/api/safety/drills").then().statusCode(403);
    }
}

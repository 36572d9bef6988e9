package cn.jiedao.hub.elderly;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static cn.jiedao.testing.Requests.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.jiedao.hub.HubData;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class ElderlyResourceTest {

    @Inject
    StreetTime time;

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    static String residentId(String birth) {
        String serial = String.format("%03d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1000L));
        return ResidentIdNumber.withCheckCharacter("340123" + birth + serial);
    }

    static Map<String, Object> elderly(String grid, String residentId, String birthDate) {
        return new HashMap<>(Map.of("name", "刘奶奶", "residentId", residentId, "phone", "13955556666",
                "birthDate", birthDate, "gridCode", grid, "consentGiven", true,
                "consentScope", "登记信息用于养老服务与探访", "consentGivenOn", "2025-03-01"));
    }

    @Test
    void anElderlyResidentIsRegisteredWithConsentAndMaskedForAllButHubStaff() {
        time.useClock(Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), time.zone()));
        String community = HubData.community("敬老社区");
        String grid = HubData.grid(community, 1);
        String other = HubData.grid(community, 2);
        String id = residentId("19500312");

        Map<String, Object> noConsent = elderly(grid, id, "1950-03-12");
        noConsent.put("consentGiven", false);
        noConsent.remove("consentScope");
        json("hub-staff", noConsent).post("/api/hub/elderly-residents").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("consentGiven", "consentScope"));
        json("hub-staff", elderly(grid, residentId("19700101"), "1970-01-01")).post("/api/hub/elderly-residents")
                .then().statusCode(400).body("errors.field", hasItems("birthDate"));
        json("hub-staff", elderly(grid, "340123195003121234", "1950-03-12")).post("/api/hub/elderly-residents")
                .then().statusCode(400).body("errors.field", hasItems("residentId"));

        String created = json("hub-staff", elderly(grid, id, "1950-03-12")).post("/api/hub/elderly-residents").then()
                .statusCode(201).body("residentId", equalTo(id)).body("consentRecordedBy", equalTo("test-hub-staff"))
                .extract().path("id");
        json("hub-staff", elderly(grid, id, "1950-03-12")).post("/api/hub/elderly-residents").then().statusCode(409);
        asGridWorker("grid-zhao", grid).get("/api/hub/elderly-residents/" + created).then().statusCode(200)
                .body("residentId", equalTo(ResidentIdNumber.mask(id))).body("phone", equalTo("139****6666"));
        asGridWorker("grid-qian", other).get("/api/hub/elderly-residents/" + created).then().statusCode(403);
        asGridWorker("grid-qian", other).get("/api/hub/elderly-residents?gridCode=" + grid).then().statusCode(200)
                .body("total", equalTo(0));
        asGridWorker("grid-qian", other).contentType("application/json")
                .body(elderly(grid, residentId("19490101"), "1949-01-01")).post("/api/hub/elderly-residents").then()
                .statusCode(403);
        asGridWorker("grid-zhao", grid).contentType("application/json")
                .body(elderly(grid, residentId("19490101"), "1949-01-01")).post("/api/hub/elderly-residents").then()
                .statusCode(201);
        as("street-admin").get("/api/hub/elderly-residents?gridCode=" + grid).then().body("total", equalTo(2))
                .body("items[0].phone", equalTo("139****6666"));
        as("leader").get("/api/hub/elderly-residents?gridCode=" + grid).then().statusCode(403);
    }

    @Test
    void canteenMealsAreRecordedPerDayAndCanteenAndActivitiesListed() {
        String community = HubData.community("食堂社区");
        String canteen = json("hub-staff", Map.of("type", "CANTEEN", "name", "近邻食堂", "communityCode", community,
                "address", "八月湖路8号", "latitude", 30.1, "longitude", 115.1,
                "openingHours", HubData.everyDay("10:30", "13:30"))).post("/api/hub/service-points").then()
                .statusCode(201).extract().path("id");
        String study = json("hub-staff", Map.of("type", "CITY_STUDY", "name", "城市书房", "communityCode", community,
                "address", "八月湖路9号", "latitude", 30.1, "longitude", 115.1,
                "openingHours", HubData.everyDay("09:00", "21:00"))).post("/api/hub/service-points").then()
                .statusCode(201).extract().path("id");
        json("hub-staff", Map.of("meals", 120)).put("/api/hub/canteen-meals/" + canteen + "/2025-04-01").then()
                .statusCode(200).body("meals", equalTo(120));
        json("hub-staff", Map.of("meals", 135)).put("/api/hub/canteen-meals/" + canteen + "/2025-04-01").then()
                .statusCode(200).body("meals", equalTo(135));
        json("hub-staff", Map.of("meals", 98)).put("/api/hub/canteen-meals/" + canteen + "/2025-04-02").then()
                .statusCode(200);
        json("hub-staff", Map.of("meals", 10)).put("/api/hub/canteen-meals/" + study + "/2025-04-02").then()
                .statusCode(400).body("errors.field", hasItems("servicePointId"));
        json("hub-staff", Map.of("meals", -1)).put("/api/hub/canteen-meals/" + canteen + "/2025-04-03").then()
                .statusCode(400).body("errors.field", hasItems("meals"));
        json("grid-worker", Map.of("meals", 1)).put("/api/hub/canteen-meals/" + canteen + "/2025-04-03").then()
                .statusCode(403);
        as("leader").get("/api/hub/canteen-meals?servicePointId=" + canteen + "&from=2025-04-01&to=2025-04-30").then()
                .statusCode(200).body("meals", equalTo(233)).body("days", hasSize(2));

        for (String kind : List.of("BALL_GAMES", "SHARED_LUNCH", "CHOIR", "FILM")) {
            json("hub-staff", Map.of("kind", kind, "title", "重阳节活动", "heldOn", "2025-10-29", "place", "邻里中心",
                    "servicePointId", canteen, "participants", 40)).post("/api/hub/elderly-activities").then()
                    .statusCode(201);
        }
        as("grid-worker").get("/api/hub/elderly-activities?from=2025-10-29&to=2025-10-29&kind=CHOIR").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].participants", equalTo(40));
    }
}

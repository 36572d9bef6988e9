package cn.jiedao.hub.elderly;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.jiedao.hub.HubData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class FifteenMinuteCircleTest {

    @Test
    void theRuleReachesAbout940MetresInAStraightLine() {
        WalkingDistance walking = new WalkingDistance(4.5, 1.2, 15);
        assertThat(walking.reachMetres()).isEqualTo(937.5);
        assertThat(walking.withinReach(937)).isTrue();
        assertThat(walking.withinReach(938)).isFalse();
        assertThat(walking.minutes(750)).isEqualByComparingTo("12.0");
        // one hundredth of a degree of latitude at 31.86° N is about 1109 m on the ellipsoid
        assertThat(WalkingDistance.metres(31.86, 117.28, 31.87, 117.28)).isBetween(1108.0, 1110.0);
    }

    /** A place of this test's own, far from the other tests' service points. */
    static double[] place() {
        double lat = 22 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 800L) / 100.0;
        return new double[] {lat, 100.0};
    }

    /** The point {@code metres} north of {@code lat}, on the ellipsoid. */
    static BigDecimal north(double lat, double lon, double metres) {
        return BigDecimal.valueOf(Geodesic.WGS84.Direct(lat, lon, 0, metres).lat2).setScale(6, RoundingMode.HALF_UP);
    }

    static String point(String community, String type, String name, BigDecimal lat, double lon) {
        return json("hub-staff", Map.of("type", type, "name", name, "communityCode", community, "address", name + "路",
                "latitude", lat, "longitude", lon, "openingHours", HubData.everyDay("08:00", "18:00")))
                .post("/api/hub/service-points").then().statusCode(201).extract().path("id");
    }

    @Test
    void theCircleListsWhatIsWithinFifteenMinutesByCategoryAndWhatIsMissing() {
        double[] origin = place();
        double lat = origin[0];
        double lon = origin[1];
        String community = HubData.community("圈内社区");
        String grid = HubData.grid(community, 1);
        String canteen = point(community, "CANTEEN", "幸福食堂", north(lat, lon, 600), lon);
        point(community, "CANTEEN", "近邻食堂", north(lat, lon, 300), lon);
        point(community, "HEALTH_POINT", "卫生服务点", north(lat, lon, 900), lon);
        point(community, "CITY_STUDY", "城市书房", north(lat, lon, 1000), lon);

        as("grid-worker").queryParam("lat", lat).queryParam("lon", lon).get("/api/hub/fifteen-minute-circle").then()
                .statusCode(200).body("reachMetres", equalTo(938)).body("minutes", equalTo(15))
                .body("categories.type", hasItems("CANTEEN", "HEALTH_POINT"))
                .body("categories.type", not(hasItems("CITY_STUDY")))
                .body("categories.find { it.type == 'CANTEEN' }.points", hasSize(2))
                .body("categories.find { it.type == 'CANTEEN' }.points[0].name", equalTo("近邻食堂"))
                .body("categories.find { it.type == 'CANTEEN' }.points[1].id", equalTo(canteen))
                .body("categories.find { it.type == 'CANTEEN' }.points[1].distanceMetres", equalTo(600))
                .body("categories.find { it.type == 'CANTEEN' }.points[1].walkingMinutes", equalTo(9.6f))
                .body("categories.find { it.type == 'HEALTH_POINT' }.points[0].walkingMinutes", equalTo(14.4f))
                .body("missing", hasItems("CITY_STUDY", "PARTY_MASS_SERVICE_CENTER", "ELDERLY_CARE_CENTER"))
                .body("missing", not(hasItems("CANTEEN")));

        String near = json("hub-staff", Map.of("gridCode", grid, "name", "1栋", "latitude", lat, "longitude", lon))
                .post("/api/hub/buildings").then().statusCode(201).extract().path("id");
        String far = json("hub-staff", Map.of("gridCode", grid, "name", "2栋", "latitude", north(lat, lon, 1850),
                "longitude", lon)).post("/api/hub/buildings").then().statusCode(201).extract().path("id");
        String unplaced = json("hub-staff", Map.of("gridCode", grid, "name", "3栋")).post("/api/hub/buildings").then()
                .statusCode(201).extract().path("id");
        as("leader").get("/api/hub/fifteen-minute-circle?buildingId=" + near).then().statusCode(200)
                .body("buildingId", equalTo(near)).body("missing", not(hasItems("HEALTH_POINT")));
        as("hub-staff").get("/api/hub/fifteen-minute-circle/gaps?communityCode=" + community).then().statusCode(200)
                .body("buildings", hasSize(2)).body("notLocated", hasSize(1)).body("notLocated[0]", equalTo(unplaced))
                .body("buildings.find { it.buildingId == '" + near + "' }.missing", not(hasItems("CANTEEN")))
                .body("buildings.find { it.buildingId == '" + far + "' }.missing", hasItems("CANTEEN", "HEALTH_POINT"))
                .body("buildings.find { it.buildingId == '" + far + "' }.missing", not(hasItems("CITY_STUDY")));
        as("hub-staff").get("/api/hub/fifteen-minute-circle?buildingId=" + unplaced).then().statusCode(400)
                .body("errors.field", hasItems("buildingId"));
        as("hub-staff").get("/api/hub/fifteen-minute-circle?lat=95&lon=100").then().statusCode(400)
                .body("errors.field", hasItems("lat"));
        as("hub-staff").get("/api/hub/fifteen-minute-circle?lat=north&lon=100").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("lat"));
        as("hub-staff").get("/api/hub/fifteen-minute-circle?lat=30").then().statusCode(400)
                .body("errors.field", hasItems("lon"));
    }
}

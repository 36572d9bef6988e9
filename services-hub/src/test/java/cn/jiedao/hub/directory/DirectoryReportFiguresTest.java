package cn.jiedao.hub.directory;

import static cn.jiedao.testing.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.hub.HubData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's 2023 directory and facility figures, recorded through the API and read back through
 * {@link DirectoryStatistics}. The year 2023 of party branches, committees, compounds and facilities belongs to
 * this test: the other tests record theirs in other years.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class DirectoryReportFiguresTest {

    @Inject
    DirectoryStatistics statistics;

    @Test
    void theReports167Branches18CommitteesCovering80PercentAnd13PileSitesAnd57ShedsComeBack() {
        String community = HubData.community("八月湖社区");
        List<String> grids = new ArrayList<>();
        for (int g = 1; g <= 20; g++) {
            grids.add(HubData.grid(community, g));
        }
        for (int i = 0; i < 167; i++) {
            json("hub-staff", Map.of("kind", i < 20 ? "BRANCH" : "GROUP", "name", "网格党组织" + (i + 1),
                    "gridCode", grids.get(i % 20), "foundedOn", "2023-0" + (1 + i % 9) + "-01"))
                    .post("/api/hub/party-branches").then().statusCode(201);
        }
        // 45 compounds; 18 committees cover 36 of them, two each: 80 %
        List<String> compounds = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            compounds.add(json("street-admin", Map.of("name", "小区" + (i + 1), "communityCode", community,
                    "propertyCompany", "八月湖物业", "registeredOn", "2023-01-0" + (1 + i % 9)))
                    .post("/api/hub/residential-compounds").then().statusCode(201).extract().path("id"));
        }
        for (int i = 0; i < 18; i++) {
            json("hub-staff", Map.of("name", "红色物业管理委员会" + (i + 1), "communityCode", community,
                    "formedOn", "2023-06-01", "compoundIds", List.of(compounds.get(2 * i), compounds.get(2 * i + 1))))
                    .post("/api/hub/red-property-committees").then().statusCode(201);
        }
        for (int i = 0; i < 13; i++) {
            json("hub-staff", facility("EV_CHARGING_PILE", "充电桩站点" + (i + 1), compounds.get(i), "IN_SERVICE",
                    "2023-0" + (1 + i % 9) + "-15", 8)).post("/api/hub/facilities").then().statusCode(201);
        }
        for (int i = 0; i < 57; i++) {
            json("hub-staff", facility("EV_SHED", "电动车棚" + (i + 1), compounds.get(i % 45),
                    i % 10 == 0 ? "OUT_OF_ORDER" : "IN_SERVICE", "2023-1" + (i % 3) + "-20", 40))
                    .post("/api/hub/facilities").then().statusCode(201);
        }
        json("hub-staff", facility("EV_SHED", "幸福时光电动车棚", compounds.get(0), "UNDER_CONSTRUCTION", null, 60))
                .post("/api/hub/facilities").then().statusCode(201);

        String canteen = json("hub-staff", Map.of("type", "CANTEEN", "name", "幸福食堂", "communityCode", community,
                "address", "八月湖路2号", "latitude", 29.5, "longitude", 116.5,
                "openingHours", HubData.everyDay("10:30", "13:00"))).post("/api/hub/service-points").then()
                .statusCode(201).extract().path("id");
        json("hub-staff", Map.of("meals", 150)).put("/api/hub/canteen-meals/" + canteen + "/2023-10-09").then()
                .statusCode(200);
        json("hub-staff", Map.of("meals", 162)).put("/api/hub/canteen-meals/" + canteen + "/2023-10-10").then()
                .statusCode(200);

        assertThat(statistics.gridPartyBranches(2023)).isEqualTo(167);
        assertThat(statistics.canteenMeals(2023)).isEqualTo(312);
        assertThat(statistics.redPropertyCommittees(2023)).isEqualTo(18);
        assertThat(statistics.residentialCompounds(2023)).isEqualTo(45);
        assertThat(statistics.compoundsCovered(2023)).isEqualTo(36);
        assertThat(statistics.redPropertyCommitteeCoveragePercent(2023)).isEqualByComparingTo(new BigDecimal("80"));
        assertThat(statistics.evChargingPileSites(2023)).isEqualTo(13);
        assertThat(statistics.evSheds(2023)).isEqualTo(57);
        assertThat(statistics.gridPartyBranches(2022)).isZero();
        assertThat(statistics.servicePointsByType()).containsKeys(cn.jiedao.hub.servicepoint.ServicePointType.values());
        assertThat(statistics.servicePointsByType().get(cn.jiedao.hub.servicepoint.ServicePointType.CANTEEN))
                .isPositive();
        cn.jiedao.testing.Requests.as("leader").get("/api/hub/statistics?year=2023").then().statusCode(200)
                .body("gridPartyBranches", org.hamcrest.Matchers.equalTo(167))
                .body("redPropertyCommittees", org.hamcrest.Matchers.equalTo(18))
                .body("redPropertyCommitteeCoveragePercent", org.hamcrest.Matchers.equalTo(80.0f))
                .body("evChargingPileSites", org.hamcrest.Matchers.equalTo(13))
                .body("evSheds", org.hamcrest.Matchers.equalTo(57))
                .body("canteenMeals", org.hamcrest.Matchers.equalTo(312));
    }

    static Map<String, Object> facility(String type, String name, String compoundId, String status, String installedOn,
            int capacity) {
        Map<String, Object> f = new HashMap<>(Map.of("type", type, "name", name, "compoundId", compoundId,
                "status", status, "capacity", capacity));
        if (installedOn != null) {
            f.put("installedOn", installedOn);
        }
        return f;
    }
}

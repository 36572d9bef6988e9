package cn.jiedao.hub.directory;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static cn.jiedao.testing.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.jiedao.hub.HubData;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class DirectoryResourceTest {

    @Test
    void theTreeCountsGridsBuildingsHouseholdsAndBranchesAndCodesAreLookedUp() {
        String community = HubData.community("湖滨社区");
        String grid1 = HubData.grid(community, 1);
        String grid2 = HubData.grid(community, 2);
        String building = json("hub-staff", Map.of("gridCode", grid1, "name", "1栋", "latitude", 31.8612,
                "longitude", 117.283)).post("/api/hub/buildings").then().statusCode(201).extract().path("id");
        json("hub-staff", Map.of("gridCode", grid1, "name", "2栋")).post("/api/hub/buildings").then().statusCode(201);
        json("hub-staff", Map.of("gridCode", grid1, "name", "2栋")).post("/api/hub/buildings").then().statusCode(409);
        json("hub-staff", Map.of("gridCode", grid2, "name", "1栋")).post("/api/hub/buildings").then().statusCode(201);
        json("hub-staff", Map.of("room", "1单元101", "headName", "王大明", "partyMembers", 2))
                .post("/api/hub/buildings/" + building + "/party-member-households").then().statusCode(201);
        json("hub-staff", Map.of("kind", "BRANCH", "name", "第一网格党支部", "gridCode", grid1, "foundedOn", "2025-03-01"))
                .post("/api/hub/party-branches").then().statusCode(201);
        json("hub-staff", Map.of("name", "湖滨小区", "communityCode", community)).post("/api/hub/residential-compounds")
                .then().statusCode(201);

        as("leader").get("/api/hub/directory/tree?communityCode=" + community).then().statusCode(200)
                .body("street", equalTo("八月湖街道")).body("communities", equalTo(1)).body("grids", equalTo(2))
                .body("buildings", equalTo(3)).body("partyMemberHouseholds", equalTo(1))
                .body("partyBranches", equalTo(1))
                .body("children[0].residentialCompounds", equalTo(1))
                .body("children[0].children.find { it.code == '" + grid1 + "' }.buildings", equalTo(2))
                .body("children[0].children.find { it.code == '" + grid1 + "' }.children.find { it.name == '1栋' }"
                        + ".partyMemberHouseholds", equalTo(1));
        as("mediator").get("/api/hub/communities/" + community).then().statusCode(200).body("name", equalTo("湖滨社区"));
        as("county-system").get("/api/hub/grids/" + grid2).then().statusCode(200)
                .body("communityCode", equalTo(community));
        as("grid-worker").get("/api/hub/grids?communityCode=" + community).then().statusCode(200)
                .body("total", equalTo(2));
        as("hub-staff").get("/api/hub/grids/999999999999999").then().statusCode(404)
                .contentType("application/problem+json");
        as("hub-staff").get("/api/hub/party-branches?communityCode=" + community).then().body("total", equalTo(1));
    }

    @Test
    void badCodesAreProblemsNamingTheFieldAndOnlyHubStaffAndStreetAdminsWrite() {
        String community = HubData.community("南湖社区");
        json("hub-staff", Map.of("code", "12345", "name", "短码社区")).post("/api/hub/communities").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("code"));
        json("hub-staff", Map.of("code", "340000000000001", "name", "错网格", "communityCode", community))
                .post("/api/hub/grids").then().statusCode(400).body("errors.field", hasItems("code"));
        json("hub-staff", Map.of("code", community + "001", "name", "无社区", "communityCode", HubData.communityCode()))
                .post("/api/hub/grids").then().statusCode(400);
        json("hub-staff", Map.of("code", community, "name", "重复")).post("/api/hub/communities").then().statusCode(409);
        json("grid-worker", Map.of("code", HubData.communityCode(), "name", "网格员社区")).post("/api/hub/communities")
                .then().statusCode(403);
        json("leader", Map.of("kind", "GROUP", "name", "党小组", "gridCode", community + "001", "foundedOn",
                "2025-01-01")).post("/api/hub/party-branches").then().statusCode(403);
        as("hub-staff").get("/api/hub/communities").then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/hub/communities").then().statusCode(401);
    }

    @Test
    void aGridWorkerRecordsBuildingsAndHouseholdsInTheirGridsOnly() {
        String community = HubData.community("北湖社区");
        String mine = HubData.grid(community, 1);
        String other = HubData.grid(community, 2);
        asGridWorker("grid-li", mine).contentType("application/json").body(Map.of("gridCode", other, "name", "9栋"))
                .post("/api/hub/buildings").then().statusCode(403).contentType("application/problem+json");
        Response created = asGridWorker("grid-li", mine).contentType("application/json")
                .body(Map.of("gridCode", mine, "name", "9栋", "households", 48)).post("/api/hub/buildings");
        created.then().statusCode(201);
        String id = created.path("id");
        asGridWorker("grid-li", mine).contentType("application/json").header("If-Match", "\"7\"")
                .body(Map.of("gridCode", mine, "name", "9栋", "households", 50)).put("/api/hub/buildings/" + id)
                .then().statusCode(412);
        asGridWorker("grid-li", mine).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("gridCode", mine, "name", "9栋", "households", 50)).put("/api/hub/buildings/" + id)
                .then().statusCode(200).body("households", equalTo(50));
        asGridWorker("grid-wang", other).contentType("application/json")
                .body(Map.of("room", "301", "headName", "张三", "partyMembers", 1))
                .post("/api/hub/buildings/" + id + "/party-member-households").then().statusCode(403);
        asGridWorker("grid-li", mine).contentType("application/json")
                .body(Map.of("room", "301", "headName", "张三", "partyMembers", 1))
                .post("/api/hub/buildings/" + id + "/party-member-households").then().statusCode(201);
        as("leader").get("/api/hub/buildings/" + id + "/party-member-households").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].headName", equalTo("张三"));
    }

    @Test
    void aCommitteeCoversCompoundsAndTheCoverageIsDerived() {
        String community = HubData.community("东湖社区");
        String a = json("hub-staff", Map.of("name", "东湖一区", "communityCode", community, "propertyCompany", "东湖物业"))
                .post("/api/hub/residential-compounds").then().statusCode(201).extract().path("id");
        String b = json("hub-staff", Map.of("name", "东湖二区", "communityCode", community))
                .post("/api/hub/residential-compounds").then().statusCode(201).extract().path("id");
        Response third = json("hub-staff", Map.of("name", "东湖三区", "communityCode", community))
                .post("/api/hub/residential-compounds");
        String committee = json("hub-staff", Map.of("name", "东湖红色物业管理委员会", "communityCode", community,
                "formedOn", "2025-05-01", "compoundIds", List.of(a, b))).post("/api/hub/red-property-committees")
                .then().statusCode(201).body("compoundIds", hasSize(2)).extract().path("id");
        as("hub-staff").get("/api/hub/residential-compounds/coverage?communityCode=" + community).then()
                .statusCode(200).body("compounds", equalTo(3)).body("covered", equalTo(2))
                .body("coveragePercent", equalTo(66.7f));
        json("hub-staff", Map.of("name", "东湖三区", "communityCode", community, "redPropertyCommitteeId", committee))
                .header("If-Match", third.header("ETag")).put("/api/hub/residential-compounds/" + third.path("id"))
                .then().statusCode(200).body("redPropertyCommittee", equalTo(true));
        as("hub-staff").get("/api/hub/residential-compounds/coverage?communityCode=" + community).then()
                .body("coveragePercent", equalTo(100.0f));
        as("hub-staff").get("/api/hub/residential-compounds?redPropertyCommittee=true&communityCode=" + community)
                .then().body("total", equalTo(3));
        json("hub-staff", Map.of("name", "错委员会", "communityCode", community, "formedOn", "2025-05-01",
                "compoundIds", List.of(java.util.UUID.randomUUID()))).post("/api/hub/red-property-committees")
                .then().statusCode(400).body("errors.field", hasItems("compoundIds[0]"));
    }

    @Test
    void aCsvImportStoresAllRowsOrNoneAndTheExportImportsAgain() {
        String community = HubData.communityCode();
        String grid = community + "001";
        String header = String.join(",", DirectoryCsv.COLUMNS) + "\n";
        String good = "COMMUNITY," + community + ",西湖社区,,,,,\n"
                + "GRID," + grid + ",西湖第一网格," + community + ",,,,\n"
                + "BUILDING,,1栋," + grid + ",西湖路1号,31.8601,117.2801,36\n";
        String bad = "GRID,340000000000001,错网格," + community + ",,,,\n"
                + "BUILDING,,2栋,123,,north,,many\n"
                + "PLANET,,火星,,,,,\n";
        as("hub-staff").contentType("text/csv").body(("\uFEFF" + header + good + bad).getBytes(StandardCharsets.UTF_8))
                .post("/api/hub/directory/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[4].code", "rows[5].parentCode", "rows[5].latitude",
                        "rows[5].households", "rows[6].level"));
        as("hub-staff").get("/api/hub/communities/" + community).then().statusCode(404);

        as("hub-staff").contentType("text/csv").body((header + good).getBytes(StandardCharsets.UTF_8))
                .post("/api/hub/directory/import").then().statusCode(200).body("created", equalTo(3))
                .body("updated", equalTo(0));
        byte[] exported = as("hub-staff").get("/api/hub/directory/export?communityCode=" + community).then()
                .statusCode(200).contentType("text/csv").extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(",", DirectoryCsv.COLUMNS)).contains("西湖第一网格")
                .contains("31.860100");
        as("hub-staff").contentType("text/csv").body(exported).post("/api/hub/directory/import").then()
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(3));
        as("hub-staff").get("/api/hub/buildings?gridCode=" + grid).then().body("total", equalTo(1))
                .body("items[0].households", equalTo(36));
        as("grid-worker").get("/api/hub/directory/export").then().statusCode(403);
    }
}

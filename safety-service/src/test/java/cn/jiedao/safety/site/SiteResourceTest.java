package cn.jiedao.safety.site;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class SiteResourceTest {

    /** A 15-digit grid code of this test's own, so its lists hold only what it created. */
    static String grid() {
        return "3401230" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    static Map<String, Object> internetCafe(String grid) {
        Map<String, Object> cafe = new HashMap<>(Map.of("kind", "INTERNET_CAFE", "name", "八月湖网咖",
                "address", "八月湖路18号", "gridCode", grid, "responsiblePerson", "赵六",
                "responsiblePhone", "13912345678", "licenceNo", "皖网文〔2021〕0123号",
                "licenceValidUntil", "2026-05-31", "terminals", 120, "fireApprovalNo", "合公消安检字〔2021〕第0456号"));
        return cafe;
    }

    @Test
    void aVenueCarriesItsLicenceAndThePhoneIsMaskedForAllButSafetyOfficers() {
        String grid = grid();
        Map<String, Object> cafe = internetCafe(grid);
        cafe.remove("terminals");
        cafe.remove("licenceNo");
        as("safety-officer").contentType("application/json").body(cafe).post("/api/safety/sites").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("terminals", "licenceNo"));

        Response created = as("safety-officer").contentType("application/json").body(internetCafe(grid))
                .post("/api/safety/sites");
        created.then().statusCode(201).body("venue", equalTo(true)).body("responsiblePhone", equalTo("13912345678"));
        String id = created.path("id");
        asGridWorker("grid-1", grid).get("/api/safety/sites/" + id).then().statusCode(200)
                .body("responsiblePhone", equalTo("139****5678")).body("terminals", equalTo(120));
        as("street-admin").get("/api/safety/sites?venue=true&gridCode=" + grid).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].responsiblePhone", equalTo("139****5678"));
        as("leader").get("/api/safety/sites/" + id).then().statusCode(403);

        Map<String, Object> changed = internetCafe(grid);
        changed.put("terminals", 150);
        as("safety-officer").contentType("application/json").header("If-Match", "\"999\"").body(changed)
                .put("/api/safety/sites/" + id).then().statusCode(412);
        as("safety-officer").contentType("application/json").header("If-Match", created.header("ETag")).body(changed)
                .put("/api/safety/sites/" + id).then().statusCode(200).body("terminals", equalTo(150));
    }

    @Test
    void aCsvImportStoresAllRowsOrNoneAndTheExportImportsAgain() {
        String grid = grid();
        String header = String.join(",", SiteCsv.COLUMNS) + "\n";
        String good = "RESTAURANT,近邻小馆,八月湖路1号," + grid + ",,钱七,钱七,13800002222,,,,,\n";
        String bad = "INTERNET_CAFE,无证网吧,八月湖路2号," + grid + ",,,,,,,,,\n"
                + "SPACESHIP,飞船,八月湖路3号,12345,,,,,,2024-13-01,,,\n";
        as("safety-officer").contentType("text/csv").body(("\uFEFF" + header + good + bad).getBytes(StandardCharsets.UTF_8))
                .post("/api/safety/sites/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[2].licenceNo", "rows[2].terminals", "rows[3].kind",
                        "rows[3].gridCode", "rows[3].licenceValidUntil"));
        as("safety-officer").get("/api/safety/sites?gridCode=" + grid).then().body("total", equalTo(0));

        as("safety-officer").contentType("text/csv").body((header + good).getBytes(StandardCharsets.UTF_8))
                .post("/api/safety/sites/import").then().statusCode(200).body("created", equalTo(1))
                .body("updated", equalTo(0));
        byte[] exported = as("safety-officer").get("/api/safety/sites/export?gridCode=" + grid).then()
                .statusCode(200).contentType("text/csv").extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(",", SiteCsv.COLUMNS)).contains("近邻小馆")
                .contains("13800002222");
        as("safety-officer").get("/api/safety/sites?gridCode=" + grid).then().body("total", equalTo(1))
                .body("items[0].responsiblePerson", equalTo("钱七"));
    }
}

package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * economy-service killed with SIGKILL in the middle of a census import, behind the gateway. While it is gone
 * the gateway answers a 502 problem naming the area at once (no wait for its 30 s timeout); when the
 * service is started again (same port, same database) the gateway routes to it again by itself, the
 * interrupted job ends FAILED with the reason (the import lease of the dead instance expires), and importing
 * the same file again gives the result of one import.
 */
class ServiceCrashTest {

    static final int ROWS = 100_000;
    static final String ECONOMY = "economy-service";

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Stack.get().gateway();
    }

    @Test
    void aServiceKilledDuringACensusImportLeavesAFailedJobAndA502UntilItReturns() {
        String run = "SC" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        StringBuilder csv = new StringBuilder("recordType,registerCode,creditCode,name,industryCode,divisionCode,"
                + "address,licensed,digitalEconomy,largeIndividual,revenue,employees,gridCode\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("3,").append(run).append('-').append(i).append(",,个体户").append(i)
                    .append(",5212,360121001002,夜市,1,0,0,,1,360121001002003\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        String id = upload(file, run);
        // Killed once the job has committed its first batches, before it is done.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> job(id).getInt("rowsRead") > 0 || !"RUNNING".equals(job(id).getString("status")));
        Stack.get().kill(ECONOMY);
        assertThat(Faults.count("economy", "select count(*) from census_import where id = ?::uuid"
                + " and status = 'RUNNING'", id))
                .as("the import must still be running when the service is killed; make the file larger").isOne();

        // The gateway answers for the dead upstream at once, with a problem naming the area.
        long started = System.nanoTime();
        given().header("Authorization", Faults.bearer("economy-officer", 0)).get("/api/economy/codes").then()
                .statusCode(502).contentType("application/problem+json")
                .body("status", equalTo(502)).body("detail", containsString("economy"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'upstreams' }.data.economy", org.hamcrest.Matchers.startsWith("DOWN"));

        Stack.get().restart(ECONOMY);
        // Routed again without a gateway restart.
        given().header("Authorization", Faults.bearer("economy-officer", 0)).get("/api/economy/codes").then()
                .statusCode(200);
        // The job of the dead instance is failed with the reason once its lease has run out: never RUNNING for ever.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !"RUNNING".equals(job(id).getString("status")));
        JsonPath interrupted = job(id);
        assertThat(interrupted.getString("status")).isEqualTo("FAILED");
        assertThat(interrupted.getString("error")).isEqualTo("interrupted: the service stopped during the import");
        assertThat(interrupted.getString("finishedAt")).isNotNull();
        assertThat(interrupted.getInt("rowsRead")).isLessThan(ROWS);
        long partly = Faults.count("economy", "select count(*) from census_unit where register_code like ?", run + "-%");
        assertThat(partly).isLessThan(ROWS);

        // The same file again: the result of one import, whatever the first had written.
        JsonPath again = finished(upload(file, run));
        assertThat(again.getString("status")).as("error: %s", again.getString("error")).isEqualTo("COMPLETED");
        assertThat(again.getInt("rowsAccepted")).isEqualTo(ROWS);
        assertThat(again.getInt("rowsInserted")).isEqualTo(ROWS - (int) partly);
        assertThat(again.getInt("rowsUnchanged")).isEqualTo((int) partly);
        assertThat(Faults.count("economy", "select count(*) from census_unit where register_code like ?", run + "-%"))
                .isEqualTo(ROWS);
    }

    private static String upload(byte[] file, String run) {
        return given().header("Authorization", Faults.bearer("census-platform", 0)).contentType("text/csv")
                .body(file).post("/api/economy/census/imports?fileName=" + run + ".csv")
                .then().statusCode(202).extract().path("id");
    }

    private static JsonPath job(String id) {
        return given().header("Authorization", Faults.bearer("economy-officer", 0))
                .get("/api/economy/census/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath finished(String id) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !"RUNNING".equals(job(id).getString("status")));
        return job(id);
    }
}

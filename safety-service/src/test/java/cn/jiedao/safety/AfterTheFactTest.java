package cn.jiedao.safety;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key persons and illegal-construction cases entered after the fact (the street's 2020 ledger typed in today):
 * {@code registeredOn}, {@code reportedOn}, the steps' {@code occurredOn} and the demolition's
 * {@code demolishedOn} are checked against the street's today and the record's previous step (400 naming the
 * field), stored in the columns the statistics read, and kept in the history beside the entry time. The year
 * 2020 belongs to this test.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class AfterTheFactTest {

    static final String CASES = "/api/safety/illegal-construction-cases";
    static final String PEOPLE = "/api/safety/key-persons";

    @Inject
    StreetTime time;

    @Test
    void aKeyPersonRegisteredAfterTheFactCountsFromTheirRegistrationDayAndClosesOnTheirClosureDay() {
        Map<String, Object> body = person(1);
        body.put("registeredOn", time.today().plusDays(1).toString());
        as("safety-officer").contentType("application/json").body(body).post(PEOPLE).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("registeredOn"))
                .body("errors[0].reason", containsString("future"));

        body.put("registeredOn", "2020-02-14");
        Response registered = as("safety-officer").contentType("application/json").body(body).post(PEOPLE);
        registered.then().statusCode(201).body("registeredOn", equalTo("2020-02-14"));
        String id = registered.path("id");
        assertThat(instant(registered.path("history[0].effectiveAt"))).isEqualTo(instant("2020-02-14T00:00:00+08:00"));
        assertThat(instant(registered.path("history[0].at"))).as("entered today")
                .isAfterOrEqualTo(time.startOf(time.today()).toInstant());

        figures("2020-01-31").body("keyPersons.underSupervision.DRUG_USER", equalTo(0));
        figures("2020-06-30").body("keyPersons.underSupervision.DRUG_USER", equalTo(1));

        as("safety-officer").contentType("application/json").header("If-Match", registered.header("ETag"))
                .body(Map.of("reason", "DECEASED", "occurredOn", "2020-02-13")).post(PEOPLE + "/" + id + "/closure")
                .then().statusCode(400).body("errors[0].field", equalTo("occurredOn"))
                .body("errors[0].reason", containsString("previous step"));
        as("safety-officer").contentType("application/json").header("If-Match", registered.header("ETag"))
                .body(Map.of("reason", "DECEASED", "occurredOn", "2020-09-30")).post(PEOPLE + "/" + id + "/closure")
                .then().statusCode(200).body("closedOn", equalTo("2020-09-30"))
                .body("history.step", equalTo(List.of("REGISTER", "CLOSE")));
        figures("2020-06-30").body("keyPersons.underSupervision.DRUG_USER", equalTo(1));
        figures("2020-12-31").body("keyPersons.underSupervision.DRUG_USER", equalTo(0));
    }

    @Test
    void aCaseReportedAfterTheFactIsOpenedVerifiedDemolishedAndClosedOnItsDaysAndCountedByThem() {
        Map<String, Object> report = new HashMap<>(Map.of("address", "八月湖路2020号楼顶", "gridCode", "340123001006001",
                "description", "彩钢瓦棚", "reportedOn", time.today().plusDays(1).toString()));
        as("safety-officer").contentType("application/json").body(report).post(CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("reportedOn"));
        report.put("reportedOn", "2020-03-06");
        Response reported = as("safety-officer").contentType("application/json").body(report).post(CASES);
        reported.then().statusCode(201).body("caseNo", startsWith("WJ-2020-"));
        assertThat(instant(reported.path("openedAt"))).isEqualTo(instant("2020-03-06T00:00:00+08:00"));
        assertThat(instant(reported.path("recordedAt"))).isAfterOrEqualTo(time.startOf(time.today()).toInstant());
        String id = reported.path("id");

        step(id, reported.header("ETag"), "verification", Map.of("areaSquareMetres", 30.5, "occurredOn", "2020-03-05"))
                .then().statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        Response verified = step(id, reported.header("ETag"), "verification",
                Map.of("areaSquareMetres", 30.5, "occurredOn", "2020-03-08"));
        verified.then().statusCode(200);
        assertThat(instant(verified.path("verifiedAt"))).isEqualTo(instant("2020-03-08T00:00:00+08:00"));
        step(id, verified.header("ETag"), "demolition", Map.of("demolishedOn", "2020-03-07", "areaSquareMetres", 30.5))
                .then().statusCode(400).body("errors[0].field", equalTo("demolishedOn"))
                .body("errors[0].reason", containsString("previous step"));
        step(id, verified.header("ETag"), "demolition", Map.of("demolishedOn", time.today().plusDays(1).toString(),
                "areaSquareMetres", 30.5)).then().statusCode(400).body("errors[0].field", equalTo("demolishedOn"));
        Response demolished = step(id, verified.header("ETag"), "demolition",
                Map.of("demolishedOn", "2020-04-12", "areaSquareMetres", 30.5));
        demolished.then().statusCode(200).body("demolishedOn", equalTo("2020-04-12"));
        Response closed = step(id, demolished.header("ETag"), "closure", Map.of("note", "复核无误", "occurredOn", "2020-04-20"));
        closed.then().statusCode(200).body("closedOn", equalTo("2020-04-20"));

        JsonPath history = closed.jsonPath();
        assertThat(history.getList("history.step")).containsExactly("REPORT", "VERIFY", "DEMOLISH", "CLOSE");
        assertThat(history.getList("history.effectiveAt", String.class)).extracting(AfterTheFactTest::instant)
                .containsExactly(instant("2020-03-06T00:00:00+08:00"), instant("2020-03-08T00:00:00+08:00"),
                        instant("2020-04-12T00:00:00+08:00"), instant("2020-04-20T00:00:00+08:00"));
        assertThat(history.getList("history.at", String.class)).extracting(AfterTheFactTest::instant)
                .allSatisfy(at -> assertThat(at).isAfterOrEqualTo(time.startOf(time.today()).toInstant()));

        as("leader").get("/api/safety/statistics?from=2020-01-01&to=2020-12-31").then().statusCode(200)
                .body("illegalConstruction.opened", equalTo(1))
                .body("illegalConstruction.demolished", equalTo(1))
                .body("illegalConstruction.demolishedAreaSquareMetres", equalTo(30.5f));
        as("leader").get("/api/safety/statistics?from=2020-04-13&to=2020-12-31").then().statusCode(200)
                .body("illegalConstruction.opened", equalTo(0))
                .body("illegalConstruction.demolished", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse figures(String to) {
        return as("leader").get("/api/safety/statistics?from=2020-01-01&to=" + to).then().statusCode(200);
    }

    private static Response step(String id, String etag, String step, Map<String, Object> body) {
        return as("safety-officer").contentType("application/json").header("If-Match", etag).body(body)
                .post(CASES + "/" + id + "/" + step);
    }

    private static Map<String, Object> person(int k) {
        return new HashMap<>(SafetyData.keyPerson("DRUG_USER", "二〇二〇" + k, ResidentIdNumber.withCheckCharacter(
                String.format("34012319750101%03d", k)), String.format("137%08d", k), "340123001006001", "LOW", null,
                null));
    }

    static Instant instant(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }
}

package cn.jiedao.safety.construction;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case a patrol found, through every step, on 2022-05-10 (2023 belongs to the report's figures). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class IllegalConstructionCaseTest {

    static final String GRID = "340123001002001";
    static final String PATH = "/api/safety/illegal-construction-cases";

    @Inject
    StreetTime time;

    @BeforeEach
    void inMay2022() {
        time.useClock(Clock.fixed(Instant.parse("2022-05-10T02:00:00Z"), time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    static Response step(String id, String etag, String step, Map<String, Object> body) {
        return as("safety-officer").contentType("application/json").header("If-Match", etag).body(body)
                .post(PATH + "/" + id + "/" + step);
    }

    @Test
    void aPatrolCaseIsVerifiedNoticedDemolishedAndClosedWithItsHistoryAndEvents() {
        asGridWorker("grid-9", "340123001002999").contentType("application/json")
                .body(Map.of("address", "八月湖路33号楼顶", "gridCode", GRID, "description", "彩钢瓦棚"))
                .post(PATH).then().statusCode(403);
        Response reported = asGridWorker("grid-9", GRID).contentType("application/json")
                .body(Map.of("address", "八月湖路33号楼顶", "gridCode", GRID, "description", "彩钢瓦棚"))
                .post(PATH);
        reported.then().statusCode(201).body("status", equalTo("REPORTED")).body("source", equalTo("PATROL"))
                .body("caseNo", org.hamcrest.Matchers.startsWith("WJ-2022-"))
                .body("allowedSteps", equalTo(List.of("VERIFY", "CLOSE")));
        String id = reported.path("id");

        // a demolition before verification is not allowed: 409 naming the state and the steps
        step(id, reported.header("ETag"), "demolition", Map.of("demolishedOn", "2022-05-10", "areaSquareMetres", 30))
                .then().statusCode(409).body("currentState", equalTo("REPORTED"))
                .body("allowedSteps", equalTo(List.of("VERIFY", "CLOSE")));
        step(id, "\"99\"", "verification", Map.of("areaSquareMetres", 30.5)).then().statusCode(412);
        as("safety-officer").contentType("application/json").body(Map.of("areaSquareMetres", 30.5))
                .post(PATH + "/" + id + "/verification").then().statusCode(428);
        as("grid-worker").contentType("application/json").header("If-Match", reported.header("ETag"))
                .body(Map.of("areaSquareMetres", 30.5)).post(PATH + "/" + id + "/verification").then().statusCode(403);

        Response verified = step(id, reported.header("ETag"), "verification", Map.of("areaSquareMetres", 30.5));
        verified.then().statusCode(200).body("status", equalTo("VERIFIED")).body("structureAreaM2", equalTo(30.5f));
        step(id, verified.header("ETag"), "notice", Map.of("noticeNo", "八月湖违拆〔2022〕3号", "issuedOn", "2022-05-10",
                "rectifyBy", "2022-05-09")).then().statusCode(400).body("errors[0].field", equalTo("rectifyBy"));
        Response noticed = step(id, verified.header("ETag"), "notice", Map.of("noticeNo", "八月湖违拆〔2022〕3号",
                "issuedOn", "2022-05-10", "rectifyBy", "2022-05-20"));
        noticed.then().statusCode(200).body("status", equalTo("NOTICE_ISSUED"));
        step(id, noticed.header("ETag"), "demolition", Map.of("demolishedOn", "2022-05-11", "areaSquareMetres", 30.5))
                .then().statusCode(400).body("errors[0].field", equalTo("demolishedOn")); // tomorrow
        step(id, noticed.header("ETag"), "demolition", Map.of("demolishedOn", "2022-05-10", "areaSquareMetres", 0))
                .then().statusCode(400).body("errors[0].field", equalTo("areaSquareMetres"));
        Response demolished = step(id, noticed.header("ETag"), "demolition",
                Map.of("demolishedOn", "2022-05-10", "areaSquareMetres", 30.5));
        demolished.then().statusCode(200).body("status", equalTo("DEMOLISHED"))
                .body("demolishedAreaM2", equalTo(30.5f));
        Response closed = step(id, demolished.header("ETag"), "closure", Map.of("note", "现场复核无误"));
        closed.then().statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo("2022-05-10"))
                .body("history.step", equalTo(List.of("REPORT", "VERIFY", "ISSUE_NOTICE", "DEMOLISH", "CLOSE")))
                .body("history[0].actor", equalTo("grid-9"));

        var events = KafkaTopics.readUntil("safety.case-events",
                r -> r.key().equals(id) && r.value().contains("safety.case.closed"), Duration.ofSeconds(30));
        assertThat(events.stream().filter(r -> r.key().equals(id)).map(r -> r.value()))
                .anySatisfy(v -> assertThat(v).contains("safety.case.opened"))
                .anySatisfy(v -> assertThat(v).contains("safety.case.demolished").contains("30.5"))
                .anySatisfy(v -> assertThat(v).contains("safety.case.closed"));

        as("leader").get(PATH + "?gridCode=" + GRID + "&status=CLOSED&demolishedFrom=2022-05-10&demolishedTo=2022-05-10")
                .then().statusCode(200).body("items.id", hasItems(id));
        as("county-system").get("/api/safety/statistics?from=2022-05-10&to=2022-05-10").then().statusCode(200)
                .body("illegalConstruction.demolished", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aReportWithoutAnIllegalStructureClosesWithoutDemolition() {
        Response reported = as("safety-officer").contentType("application/json")
                .body(Map.of("address", "八月湖路35号", "gridCode", GRID, "description", "疑似违建")).post(PATH);
        String id = reported.path("id");
        step(id, reported.header("ETag"), "closure", Map.of("note", "经核查为合法建筑")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("allowedSteps.size()", equalTo(0));
        as("safety-officer").contentType("application/json").body(Map.of("address", " ", "gridCode", "12"))
                .post(PATH).then().statusCode(400).body("errors.field", hasItems("address", "gridCode", "description"));
    }
}

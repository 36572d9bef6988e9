package cn.jiedao.safety.hazard;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import static cn.jiedao.safety.SafetyData.finding;
import static cn.jiedao.safety.SafetyData.site;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.safety.SafetyData;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inspections → hazards → rectification → re-inspection, against the real database and broker, on 2023-08-01. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class HazardResourceTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Instant AUGUST_FIRST = Instant.parse("2023-08-01T02:00:00Z"); // 10:00 in the street

    @Inject
    StreetTime time;

    @Inject
    HazardService hazards;

    @BeforeEach
    void onTheFirstOfAugust() {
        time.useClock(Clock.fixed(AUGUST_FIRST, time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    static Response inspect(String siteId, List<Map<String, Object>> findings) {
        return as("safety-officer").contentType("application/json")
                .body(Map.of("siteId", siteId, "domains", List.of("GAS", "FIRE"), "inspectedOn", "2023-08-01",
                        "inspectors", List.of("李四", "王五"), "findings", findings))
                .post("/api/safety/inspections");
    }

    static String etag(Response response) {
        return response.header("ETag");
    }

    @Test
    void eachFindingBecomesAnOpenHazardWithTheDeadlineOfItsSeverityAndAMajorOneIsEscalated() {
        String siteId = site("燃气小馆" + UUID.randomUUID());
        Response inspection = inspect(siteId, List.of(finding("GAS", "GENERAL", "软管超过2米"),
                finding("FIRE", "MAJOR", "疏散通道堵塞")));
        inspection.then().statusCode(201)
                .body("hazards.size()", equalTo(2))
                .body("hazards[0].status", equalTo("OPEN"))
                .body("hazards[0].deadline", equalTo("2023-08-16"))
                .body("hazards[0].escalatedAt", nullValue())
                .body("hazards[1].deadline", equalTo("2023-09-30"))
                .body("hazards[1].escalationReason", equalTo("MAJOR"));
        String major = inspection.path("hazards[1].id");

        var events = KafkaTopics.readUntil(HazardEvents.TOPIC, r -> r.key().equals(major), WAIT);
        assertThat(events.get(events.size() - 1).value()).contains(HazardEvents.ESCALATED).contains("\"MAJOR\"")
                .contains("疏散通道堵塞").as("the event's time is the street's").contains("2023-08-01T10:00");
        as("street-admin").get("/api/safety/hazards?escalated=true&siteId=" + siteId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(major));
        asGridWorker("grid-1", SafetyData.GRID).get("/api/safety/hazards/" + major).then().statusCode(200)
                .body("history[0].step", equalTo("FIND")).body("history[0].to", equalTo("OPEN"));
    }

    @Test
    void aHazardClosesFixedOnlyAfterAnotherOfficersPassedReinspection() {
        String siteId = site("复查小馆" + UUID.randomUUID());
        String id = inspect(siteId, List.of(finding("GAS", "GENERAL", "未安装报警器"))).then().statusCode(201)
                .extract().path("hazards[0].id");
        Response current = as("safety-officer").get("/api/safety/hazards/" + id);

        Response reported = as("officer-a", "safety-officer").contentType("application/json").header("If-Match",
                etag(current)).body(Map.of("note", "已安装报警器")).post("/api/safety/hazards/" + id + "/rectification");
        reported.then().statusCode(200).body("status", equalTo("RECTIFICATION_REPORTED"))
                .body("rectifiedBy", equalTo("officer-a"));
        assertThat(etag(reported)).isNotEqualTo(etag(current));

        // the officer who reported the fix does not re-inspect it
        as("officer-a", "safety-officer").contentType("application/json").header("If-Match", etag(reported))
                .body(Map.of("passed", true)).post("/api/safety/hazards/" + id + "/verification").then()
                .statusCode(403).contentType("application/problem+json");
        // a stale ETag is 412, none is 428
        as("officer-b", "safety-officer").contentType("application/json").header("If-Match", etag(current))
                .body(Map.of("passed", true)).post("/api/safety/hazards/" + id + "/verification").then()
                .statusCode(412);
        as("officer-b", "safety-officer").contentType("application/json")
                .body(Map.of("passed", true)).post("/api/safety/hazards/" + id + "/verification").then()
                .statusCode(428);
        // a failed re-inspection sends it back
        Response failed = as("officer-b", "safety-officer").contentType("application/json")
                .header("If-Match", etag(reported)).body(Map.of("passed", false, "note", "报警器未通电"))
                .post("/api/safety/hazards/" + id + "/verification");
        failed.then().statusCode(200).body("status", equalTo("OPEN")).body("verifiedBy", equalTo("officer-b"));

        Response again = asGridWorker("grid-1", SafetyData.GRID).contentType("application/json").header("If-Match", etag(failed))
                .body(Map.of("note", "已通电")).post("/api/safety/hazards/" + id + "/rectification");
        again.then().statusCode(200);
        Response passed = as("officer-b", "safety-officer").contentType("application/json")
                .header("If-Match", etag(again)).body(Map.of("passed", true))
                .post("/api/safety/hazards/" + id + "/verification");
        passed.then().statusCode(200).body("status", equalTo("CLOSED_FIXED")).body("closedOn", equalTo("2023-08-01"))
                .body("allowedSteps.size()", equalTo(0))
                .body("history.step", equalTo(List.of("FIND", "REPORT_RECTIFICATION", "FAIL_VERIFICATION",
                        "REPORT_RECTIFICATION", "PASS_VERIFICATION")));
        // the statistics count it as closed in the month it was closed
        as("leader").get("/api/safety/statistics?from=2023-08-01&to=2023-08-31").then().statusCode(200)
                .body("hazards.byMonth.month", equalTo(List.of("2023-08")))
                .body("hazards.byMonth[0].closed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        // nothing follows a closed hazard: 409 naming the state and the (no) steps allowed
        as("safety-officer").contentType("application/json").header("If-Match", etag(passed))
                .body(Map.of("reason", "重复")).post("/api/safety/hazards/" + id + "/closure").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("CLOSED_FIXED"))
                .body("allowedSteps.size()", equalTo(0));
        var events = KafkaTopics.readUntil(HazardEvents.TOPIC,
                r -> r.key().equals(id) && r.value().contains(HazardEvents.CLOSED), WAIT);
        assertThat(events.get(events.size() - 1).value()).contains("CLOSED_FIXED");
    }

    @Test
    void aGridWorkerCannotReinspectAndAClosureUnfixedNeedsItsReason() {
        String id = inspect(site("停业小馆" + UUID.randomUUID()), List.of(finding("FIRE", "GENERAL", "灭火器过期")))
                .then().statusCode(201).extract().path("hazards[0].id");
        String etag = etag(as("safety-officer").get("/api/safety/hazards/" + id));
        asGridWorker("grid-1", SafetyData.GRID).contentType("application/json").header("If-Match", etag).body(Map.of("passed", true))
                .post("/api/safety/hazards/" + id + "/verification").then().statusCode(403);
        as("safety-officer").contentType("application/json").header("If-Match", etag).body(Map.of("reason", " "))
                .post("/api/safety/hazards/" + id + "/closure").then().statusCode(400)
                .body("errors.field", hasItems("reason"));
        as("safety-officer").contentType("application/json").header("If-Match", etag)
                .body(Map.of("reason", "经营者已停业")).post("/api/safety/hazards/" + id + "/closure").then()
                .statusCode(200).body("status", equalTo("CLOSED_UNFIXED")).body("closureReason", equalTo("经营者已停业"));
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndAnOverdueHazardIsEscalatedOnce() {
        String siteId = site("延期小馆" + UUID.randomUUID());
        List<String> ids = inspect(siteId, List.of(finding("GAS", "GENERAL", "阀门锈蚀"),
                finding("GAS", "GENERAL", "无通风"))).then().statusCode(201).extract().path("hazards.id");
        String extended = ids.get(0);
        String late = ids.get(1);

        Response requested = asGridWorker("grid-1", SafetyData.GRID).contentType("application/json")
                .header("If-Match", etag(as("safety-officer").get("/api/safety/hazards/" + extended)))
                .body(Map.of("until", "2023-08-10", "reason", "早于期限")).post("/api/safety/hazards/" + extended
                        + "/extension");
        requested.then().statusCode(400).body("errors[0].field", equalTo("until"));
        requested = asGridWorker("grid-1", SafetyData.GRID).contentType("application/json")
                .header("If-Match", etag(as("safety-officer").get("/api/safety/hazards/" + extended)))
                .body(Map.of("until", "2023-09-15", "reason", "配件待采购")).post("/api/safety/hazards/" + extended
                        + "/extension");
        requested.then().statusCode(200).body("extension.status", equalTo("REQUESTED"))
                .body("deadline", equalTo("2023-08-16"));
        // the requester does not decide
        as("grid-1", "grid-worker", "safety-officer").contentType("application/json")
                .header("If-Match", etag(requested)).body(Map.of("approved", true))
                .post("/api/safety/hazards/" + extended + "/extension/decision").then().statusCode(403);
        as("street-admin").contentType("application/json").header("If-Match", etag(requested))
                .body(Map.of("approved", true)).post("/api/safety/hazards/" + extended + "/extension/decision")
                .then().statusCode(200).body("extension.status", equalTo("APPROVED"))
                .body("deadline", equalTo("2023-09-15")).body("originalDeadline", equalTo("2023-08-16"));

        // on 2023-08-20 the second is overdue, the extended one is not
        time.useClock(Clock.fixed(Instant.parse("2023-08-20T02:00:00Z"), time.zone()));
        as("safety-officer").get("/api/safety/hazards?overdue=true&siteId=" + siteId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(late)).body("items[0].overdue", equalTo(true));
        assertThat(hazards.escalateOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(hazards.escalateOverdue()).as("a second sweep escalates nothing again").isZero();
        as("street-admin").get("/api/safety/hazards?escalated=true&siteId=" + siteId).then()
                .body("total", equalTo(1)).body("items[0].escalationReason", equalTo("OVERDUE"));
        var events = KafkaTopics.readUntil(HazardEvents.TOPIC, r -> r.key().equals(late), WAIT);
        assertThat(events.get(events.size() - 1).value()).contains("\"OVERDUE\"");
    }

    @Test
    void aGridWorkerWorksInTheGridsOfTheirTokenOnly() {
        String siteId = site("网格小馆" + UUID.randomUUID());
        String id = inspect(siteId, List.of(finding("GAS", "GENERAL", "软管老化"))).then().statusCode(201)
                .extract().path("hazards[0].id");
        String etag = etag(as("safety-officer").get("/api/safety/hazards/" + id));
        String elsewhere = "340123001001999";
        asGridWorker("grid-2", elsewhere).get("/api/safety/hazards/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        asGridWorker("grid-2", elsewhere).get("/api/safety/hazards?siteId=" + siteId).then().statusCode(200)
                .body("total", equalTo(0));
        asGridWorker("grid-2", elsewhere).get("/api/safety/sites/" + siteId).then().statusCode(403);
        asGridWorker("grid-2", elsewhere).contentType("application/json").header("If-Match", etag)
                .body(Map.of("note", "已整改")).post("/api/safety/hazards/" + id + "/rectification").then()
                .statusCode(403);
        asGridWorker("grid-2", elsewhere).contentType("application/json")
                .body(Map.of("siteId", siteId, "domains", List.of("GAS"), "inspectedOn", "2023-08-01",
                        "inspectors", List.of("网格员")))
                .post("/api/safety/inspections").then().statusCode(403);
        // a grid worker whose token names no grids works in none
        as("grid-worker").get("/api/safety/hazards?siteId=" + siteId).then().body("total", equalTo(0));

        asGridWorker("grid-1", elsewhere, SafetyData.GRID).get("/api/safety/hazards?siteId=" + siteId).then()
                .body("total", equalTo(1));
        asGridWorker("grid-1", SafetyData.GRID).contentType("application/json").header("If-Match", etag)
                .body(Map.of("note", "已整改")).post("/api/safety/hazards/" + id + "/rectification").then()
                .statusCode(200).body("rectifiedBy", equalTo("grid-1"));
    }

    @Test
    void badInspectionsAreRefusedNamingTheFieldAndStoreNothing() {
        String siteId = site("问题小馆" + UUID.randomUUID());
        inspect(siteId, List.of(finding("TRAFFIC", "GENERAL", "占道"))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("findings[0].domain"));
        inspect(UUID.randomUUID().toString(), List.of()).then().statusCode(400).body("errors[0].field",
                equalTo("siteId"));
        as("safety-officer").contentType("application/json")
                .body(Map.of("siteId", siteId, "domains", List.of(), "inspectedOn", "2099-01-01",
                        "inspectors", List.of()))
                .post("/api/safety/inspections").then().statusCode(400)
                .body("errors.field", hasItems("domains", "inspectedOn", "inspectors"));
        as("safety-officer").get("/api/safety/inspections?siteId=" + siteId).then().body("total", equalTo(0));
        as("leader").get("/api/safety/hazards").then().statusCode(403);
    }

    @Test
    void aRoundShowsItsProgress() {
        String first = site("专项一" + UUID.randomUUID());
        String second = site("专项二" + UUID.randomUUID());
        Response round = as("safety-officer").contentType("application/json")
                .body(Map.of("name", "2023年第三季度燃气安全专项检查", "domain", "GAS", "startsOn", "2023-07-01",
                        "endsOn", "2023-09-30", "siteIds", List.of(first)))
                .post("/api/safety/inspection-rounds");
        round.then().statusCode(201).body("progress.sites", equalTo(1));
        String roundId = round.path("id");
        Response added = as("safety-officer").contentType("application/json").header("If-Match", etag(round))
                .body(Map.of("siteIds", List.of(second))).post("/api/safety/inspection-rounds/" + roundId + "/sites");
        added.then().statusCode(200).body("progress.sites", equalTo(2));
        as("safety-officer").contentType("application/json")
                .body(Map.of("siteId", first, "domains", List.of("GAS"), "inspectedOn", "2023-08-01",
                        "inspectors", List.of("李四"), "roundId", roundId,
                        "findings", List.of(finding("GAS", "GENERAL", "软管老化"))))
                .post("/api/safety/inspections").then().statusCode(201);
        as("safety-officer").contentType("application/json")
                .body(Map.of("siteId", site("名单外" + UUID.randomUUID()), "domains", List.of("GAS"),
                        "inspectedOn", "2023-08-01", "inspectors", List.of("李四"), "roundId", roundId))
                .post("/api/safety/inspections").then().statusCode(400).body("errors[0].field", equalTo("roundId"));
        as("street-admin").get("/api/safety/inspection-rounds/" + roundId).then().statusCode(200)
                .body("progress.inspected", equalTo(1)).body("progress.inspectedPercent", equalTo(50.0f))
                .body("progress.hazardsFound", equalTo(1)).body("progress.hazardsOpen", equalTo(1));
        as("safety-officer").get("/api/safety/inspection-rounds?year=2023&domain=GAS&size=200").then()
                .statusCode(200).body("items.id", hasItems(roundId));
        as("safety-officer").get("/api/safety/inspection-rounds?year=2024&domain=GAS&size=200").then()
                .statusCode(200).body("items.id", not(hasItems(roundId)));
    }
}

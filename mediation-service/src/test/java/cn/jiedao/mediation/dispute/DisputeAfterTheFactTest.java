package cn.jiedao.mediation.dispute;

import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static cn.jiedao.mediation.MediationApi.room;
import static cn.jiedao.mediation.MediationApi.step;
import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.mediation.MediationApi;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Disputes entered after the fact (a paper ledger of 2020 typed in today): the acceptance, conclusion,
 * withdrawal and follow-up visit take {@code occurredOn}/{@code occurredAt}, checked against the street's now
 * and the dispute's previous step; the dispute's fields carry the effective times, its history both times, and
 * the statistics count by the effective times. The year 2020 belongs to this test (StatisticsTest owns 2023).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class DisputeAfterTheFactTest {

    @Inject
    StreetTime time;

    @Test
    void stepsEnteredAfterTheFactCarryTheirDatesIntoTheRecordTheHistoryAndTheStatistics() {
        MediationApi.Room room = room();
        String concluded = registerWalkIn("""
                {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "楼上漏水",
                 "receivedAt": "2020-03-02T09:00:00+08:00"}""");
        String open = registerWalkIn("""
                {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "噪音扰民",
                 "receivedAt": "2020-03-02T10:00:00+08:00"}""");

        // before the dispute was received, in the street's future: 400 naming the field, nothing taken
        step(concluded, "acceptance", accept(room, "\"occurredOn\": \"2020-03-01\"")).response().then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("occurredOn"))
                .body("errors[0].reason", containsString("previous step"));
        step(concluded, "acceptance", accept(room, "\"occurredAt\": \"2020-03-02T08:59:00+08:00\"")).response().then()
                .statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        step(concluded, "acceptance", accept(room, "\"occurredOn\": \"" + time.today().plusDays(1) + "\"")).response()
                .then().statusCode(400).body("errors[0].field", equalTo("occurredOn"))
                .body("errors[0].reason", containsString("future"));
        step(concluded, "acceptance", accept(room, "\"occurredAt\": \"" + time.now().plus(Duration.ofMinutes(5)) + "\""))
                .response().then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        as("mediator").when().get("/api/mediation/disputes/" + concluded).then().body("status", equalTo("RECEIVED"));

        step(concluded, "acceptance", accept(room, "\"occurredOn\": \"2020-03-03\"")).response().then().statusCode(200)
                .body("acceptedAt", sameInstant("2020-03-03T00:00:00+08:00"));
        // a conclusion before the acceptance is refused
        step(concluded, "conclusion", """
                {"outcome": "FAILED", "summary": "未达成一致", "advice": "COURT", "occurredOn": "2020-03-02"}""")
                .response().then().statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        step(concluded, "conclusion", """
                {"outcome": "RESOLVED", "summary": "和解", "occurredAt": "2020-03-10T21:00:00+08:00",
                 "agreement": {"form": "ORAL", "obligations": "修复", "performanceTerms": "三日内"}}""")
                .response().then().statusCode(200)
                .body("conclusion.concludedAt", sameInstant("2020-03-10T21:00:00+08:00"));
        step(concluded, "follow-up-visits", """
                {"satisfaction": 5, "agreementPerformed": true, "occurredOn": "2020-03-20"}""")
                .response().then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", sameInstant("2020-03-20T00:00:00+08:00"));
        step(open, "acceptance", accept(room, "\"occurredOn\": \"2020-03-04\"")).response().then().statusCode(200);

        JsonPath history = as("mediator").when().get("/api/mediation/disputes/" + concluded).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> steps = history.getList("history");
        assertThat(steps).extracting(s -> s.get("action")).containsExactly("REGISTER", "ACCEPT", "CONCLUDE", "FOLLOW_UP");
        assertThat(steps).extracting(s -> OffsetDateTime.parse((String) s.get("effectiveAt")).toInstant())
                .containsExactly(instant("2020-03-02T09:00:00+08:00"), instant("2020-03-03T00:00:00+08:00"),
                        instant("2020-03-10T21:00:00+08:00"), instant("2020-03-20T00:00:00+08:00"));
        OffsetDateTime today = time.startOf(time.today());
        assertThat(steps).allSatisfy(s -> assertThat(OffsetDateTime.parse((String) s.get("at")))
                .as("each entry also keeps when it was entered: today").isAfterOrEqualTo(today));

        // counted by the effective dates: received in March 2020, one concluded 8.5 days after receipt, the other
        // accepted on 2020-03-04 and long past its conclusion deadline today
        as("leader").queryParam("from", "2020-03-01").queryParam("to", "2020-03-31")
                .when().get("/api/mediation/statistics").then().statusCode(200)
                .body("total", equalTo(2))
                .body("byStatus.CLOSED", equalTo(1))
                .body("byStatus.ACCEPTED", equalTo(1))
                .body("medianDaysToConclusion", equalTo(8.5f))
                .body("overdue", equalTo(1));
    }

    @Test
    void aWithdrawalTakesItsDateAndBothADayAndAnInstantAre400() {
        String id = registerWalkIn("""
                {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "占用车位",
                 "receivedAt": "2020-05-06T09:00:00+08:00"}""");
        step(id, "withdrawal", """
                {"reason": "自行和解", "occurredOn": "2020-05-07", "occurredAt": "2020-05-07T10:00:00+08:00"}""")
                .response().then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        step(id, "withdrawal", """
                {"reason": "自行和解", "occurredOn": "2020-05-07"}""")
                .response().then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawnAt", sameInstant("2020-05-07T00:00:00+08:00"));
        // a receipt in the street's future is refused as every after-the-fact time is
        as("grid-worker").contentType("application/json").body("""
                {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "占用车位", "receivedAt": "%s"}"""
                .formatted(time.now().plusHours(1))).when().post("/api/mediation/disputes").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedAt"));
    }

    static java.time.Instant instant(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }

    /** A JSON date-time that is the instant {@code at}, whatever offset it is written with. */
    static org.hamcrest.Matcher<Object> sameInstant(String at) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof String text && OffsetDateTime.parse(text).toInstant().equals(instant(at));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the instant " + at);
            }
        };
    }

    private static String accept(MediationApi.Room room, String when) {
        return "{\"roomId\": \"" + room.roomId() + "\", \"mediatorId\": \"" + room.mediatorId() + "\", " + when + "}";
    }
}

package cn.jiedao.safety.outreach;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class OutreachResourceTest {

    @Inject
    StreetTime time;

    @BeforeEach
    void inMidDecember2001() {
        time.useClock(Clock.fixed(Instant.parse("2001-12-15T02:00:00Z"), time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    static void report(String role, String month, int cases, String ifMatch, int status) {
        var request = as(role).contentType("application/json").body(Map.of("cases", cases));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.put("/api/safety/telecom-fraud-cases/" + month).then().statusCode(status);
    }

    @Test
    void fraudCasesAreComparedWithTheSameMonthsOfLastYear() {
        // years of this test's own: 2000 and 2001
        report("police-system", "2000-01", 40, null, 200);
        report("police-system", "2000-02", 20, null, 200);
        report("police-system", "2001-01", 30, null, 200);
        report("police-system", "2001-02", 12, null, 200);
        report("police-system", "2001-12", 1, null, 400); // December 2001 is not over
        report("police-system", "2001-13", 1, null, 400);
        report("grid-worker", "2001-03", 1, null, 403);
        // a correction needs the month's ETag
        String etag = as("police-system").contentType("application/json").body(Map.of("cases", 14))
                .put("/api/safety/telecom-fraud-cases/2001-02").then().statusCode(428).extract().header("ETag");
        etag = as("police-system").contentType("application/json").body(Map.of("cases", 12))
                .put("/api/safety/telecom-fraud-cases/2000-12").then().statusCode(200).extract().header("ETag");
        report("police-system", "2000-12", 13, etag, 200);

        as("leader").get("/api/safety/telecom-fraud-cases?year=2001").then().statusCode(200)
                .body("months[0].cases", equalTo(30)).body("months[0].sameMonthLastYear", equalTo(40))
                .body("months[0].yoyPercent", equalTo(-25.0f))
                .body("months[1].yoyPercent", equalTo(-40.0f))
                .body("months[2].cases", nullValue())
                .body("through", equalTo("2001-02")).body("cases", equalTo(42))
                .body("sameMonthsLastYear", equalTo(60)).body("yoyPercent", equalTo(-30.0f));
        as("leader").get("/api/safety/telecom-fraud-cases?year=2000").then()
                .body("months[11].cases", equalTo(13)).body("yoyPercent", nullValue());
        as("leader").get("/api/safety/telecom-fraud-cases?year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void aControlCharacterInABodyOrAParameterIsRefusedNamingItAndStoresNothing() {
        as("grid-worker").contentType("application/json")
                .body("{\"heldOn\": \"2001-11-21\", \"kind\": \"SAFETY_TRAINING\", \"topic\": \"消防\\u0000培训\", "
                        + "\"place\": \"社区\", \"audience\": \"居民\", \"attendance\": 10}")
                .post("/api/safety/outreach-events").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].reason", equalTo("must not contain the control character U+0000"));
        as("safety-officer").get("/api/safety/outreach-events?from=2001-11-21&to=2001-11-21").then()
                .body("total", equalTo(0));
        as("safety-officer").queryParam("name", "\u0000x").get("/api/safety/sites").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        as("safety-officer").get("/api/safety/drills/{id}", "\u0001").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
    }

    @Test
    void aParameterThatIsNotOfItsTypeIsRefusedNamingIt() {
        as("safety-officer").get("/api/safety/outreach-events?kind=WEEKLY").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"))
                .body("errors[0].reason", org.hamcrest.Matchers.startsWith("must be one of ANTI_FRAUD_PUBLICITY"));
        as("safety-officer").get("/api/safety/outreach-events?from=2001-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].reason", equalTo("must be a date, YYYY-MM-DD"));
        as("safety-officer").get("/api/safety/outreach-events?from=20011201").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("safety-officer").get("/api/safety/outreach-events/not-an-id").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as("safety-officer").get("/api/safety/outreach-events?page=x").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as("leader").get("/api/safety/telecom-fraud-cases?year=twenty").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("safety-officer").get("/api/safety/outreach-events?kind=SAFETY_TRAINING&from=2001-12-01").then()
                .statusCode(200);
    }

    @Test
    void anOutreachEventIsRecordedAndListed() {
        String id = as("grid-worker").contentType("application/json")
                .body(Map.of("heldOn", "2001-11-20", "kind", "LEGAL_EDUCATION_IN_SCHOOL", "topic", "法治进校园",
                        "place", "八月湖小学", "audience", "五年级学生", "attendance", 180))
                .post("/api/safety/outreach-events").then().statusCode(201).extract().path("id");
        as("safety-officer").get("/api/safety/outreach-events?kind=LEGAL_EDUCATION_IN_SCHOOL&from=2001-11-20"
                + "&to=2001-11-20").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].attendance", equalTo(180));
        as("grid-worker").contentType("application/json")
                .body(Map.of("heldOn", "2001-12-20", "kind", "ANTI_FRAUD_PUBLICITY", "topic", "反诈",
                        "place", "广场", "audience", "居民", "attendance", -1))
                .post("/api/safety/outreach-events").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("heldOn", "attendance"));
    }
}

package cn.jiedao.safety.discipline;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discipline supervision against the real database, on 2025-08-01 in the street (2023 is the report's). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class DisciplineResourceTest {

    static final Instant AUGUST_FIRST = Instant.parse("2025-08-01T02:00:00Z");
    static final String BASE = "/api/safety/discipline";
    /** 审查, as the header carries it. */
    static final String PURPOSE = "%E5%AE%A1%E6%9F%A5";

    @Inject
    StreetTime time;

    @BeforeEach
    void onTheFirstOfAugust() {
        time.useClock(Clock.fixed(AUGUST_FIRST, time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    static String residentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return ResidentIdNumber.withCheckCharacter(String.format("%06d", 110000 + random.nextInt(800000)) + "19780302"
                + String.format("%03d", random.nextInt(1000)));
    }

    static Response post(String path, Object body) {
        return as("discipline-officer").contentType("application/json").body(body).post(BASE + path);
    }

    static Response step(String path, String etag, Object body) {
        return as("discipline-officer").contentType("application/json").header("If-Match", etag).body(body)
                .post(BASE + path);
    }

    static Map<String, Object> check(String checkedOn, Map<String, Object> rectification) {
        Map<String, Object> body = new HashMap<>(Map.of("checkedOn", checkedOn, "subject", "便民服务中心",
                "subjectKind", "DEPARTMENT", "kind", "UNANNOUNCED", "inspectors", List.of("王某", "李某"),
                "findings", "窗口工作人员迟到早退"));
        if (rectification != null) {
            body.put("rectification", rectification);
        }
        return body;
    }

    @Test
    void aCheckIsRectifiedAndVerifiedStepByStepAndOverdueOnesAreListed() {
        Response recorded = post("/supervision-checks", check("2025-06-02", null));
        recorded.then().statusCode(201).header("ETag", notNullValue()).header("Location", notNullValue())
                .body("status", equalTo("RECORDED")).body("inspectors", equalTo(List.of("王某", "李某")))
                .body("allowedSteps", equalTo(List.of("REQUIRE_RECTIFICATION"))).body("history[0].step", equalTo("RECORD"));
        String path = "/supervision-checks/" + recorded.path("id");
        // verification before any rectification is 409 with the state and the steps allowed
        step(path + "/verification", recorded.header("ETag"), Map.of("passed", true)).then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("RECORDED"))
                .body("allowedSteps", equalTo(List.of("REQUIRE_RECTIFICATION")));
        // without If-Match 428, a stale one 412; a street admin takes no step
        as("discipline-officer").contentType("application/json")
                .body(Map.of("required", "整改", "deadline", "2025-08-15"))
                .post(BASE + path + "/rectification-requirement").then().statusCode(428);
        step(path + "/rectification-requirement", "\"99\"", Map.of("required", "整改", "deadline", "2025-08-15"))
                .then().statusCode(412);
        as("street-admin").contentType("application/json").header("If-Match", recorded.header("ETag"))
                .body(Map.of("required", "整改", "deadline", "2025-08-15"))
                .post(BASE + path + "/rectification-requirement").then().statusCode(403);
        step(path + "/rectification-requirement", recorded.header("ETag"),
                Map.of("required", "整改", "deadline", "2025-05-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));

        String etag = step(path + "/rectification-requirement", recorded.header("ETag"),
                Map.of("required", "建立考勤制度", "deadline", "2025-08-15")).then().statusCode(200)
                .body("status", equalTo("RECTIFICATION_REQUIRED")).body("rectificationDeadline", equalTo("2025-08-15"))
                .body("overdue", equalTo(false)).extract().header("ETag");
        etag = step(path + "/rectification", etag, Map.of("rectifiedOn", "2025-07-20", "note", "已建立考勤通报制度"))
                .then().statusCode(200).body("status", equalTo("RECTIFIED")).extract().header("ETag");
        etag = step(path + "/verification", etag, Map.of("passed", false, "note", "仍有迟到"))
                .then().statusCode(200).body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("rectifiedOn", nullValue()).extract().header("ETag");
        etag = step(path + "/rectification", etag, Map.of("rectifiedOn", "2025-07-30", "note", "考勤已纳入考核"))
                .then().statusCode(200).extract().header("ETag");
        step(path + "/verification", etag, Map.of("passed", true)).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("verifiedOn", equalTo("2025-08-01"))
                .body("verifiedBy", equalTo("test-discipline-officer")).body("allowedSteps.size()", equalTo(0));
        as("street-admin").get(BASE + path).then().statusCode(200).body("history.step", equalTo(List.of("RECORD",
                "REQUIRE_RECTIFICATION", "REPORT_RECTIFICATION", "FAIL_VERIFICATION", "REPORT_RECTIFICATION",
                "PASS_VERIFICATION")));

        // recorded with its rectification at once, past the deadline now: overdue
        String overdue = post("/supervision-checks", check("2025-06-03",
                Map.of("required", "限期整改", "deadline", "2025-07-01"))).then().statusCode(201)
                .body("status", equalTo("RECTIFICATION_REQUIRED")).body("overdue", equalTo(true)).extract().path("id");
        as("street-admin").get(BASE + "/supervision-checks?overdue=true&from=2025-06-02&to=2025-06-03").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(overdue));
        as("street-admin").get(BASE + "/supervision-checks?overdue=false&from=2025-06-02&to=2025-06-03").then()
                .statusCode(200).body("items.id", equalTo(List.of(recorded.<String>path("id"))));
        as("discipline-officer").get(BASE + "/supervision-checks?kind=UNANNOUNCED&status=VERIFIED&from=2025-06-02"
                + "&to=2025-06-03").then().statusCode(200).body("total", equalTo(1));

        // bad input names each field; a date in the future is refused
        post("/supervision-checks", Map.of("subject", "社区")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("checkedOn", "subjectKind", "kind", "inspectors", "findings"));
        post("/supervision-checks", check("2025-08-02", null)).then().statusCode(400)
                .body("errors[0].field", equalTo("checkedOn"));
        as("discipline-officer").get(BASE + "/supervision-checks/" + UUID.randomUUID()).then().statusCode(404);
        as("leader").get(BASE + path).then().statusCode(403);
        as("safety-officer").contentType("application/json").body(check("2025-06-02", null))
                .post(BASE + "/supervision-checks").then().statusCode(403);
    }

    @Test
    void thePersonConcernedIsEncryptedMaskedButForADisciplineOfficerWithAPurposeAndEveryReadAudited()
            throws SQLException {
        String residentId = residentId();
        String unit = "八月湖街道城管办" + UUID.randomUUID();
        String check = post("/supervision-checks", check("2025-05-20", null)).then().statusCode(201).extract().path("id");
        Map<String, Object> person = Map.of("name", "欧阳明", "unit", unit, "residentId", residentId);
        Response recorded = post("/measures", Map.of("person", person, "measure", "CIRCULATED_CRITICISM",
                "decidedOn", "2025-05-20", "reason", "督查发现脱岗", "supervisionCheckId", check,
                "decidedBy", "八月湖街道纪工委"));
        recorded.then().statusCode(201).header("ETag", notNullValue()).header("Location", notNullValue())
                .body("masked", equalTo(true)).body("person.name", equalTo("欧**"))
                .body("person.residentId", equalTo(ResidentIdNumber.mask(residentId)))
                .body("person.unit", equalTo(unit)).body("form", equalTo("FIRST"))
                .body("supervisionCheckId", equalTo(check));
        String id = recorded.path("id");

        as("discipline-officer").header("X-Access-Purpose", PURPOSE).get(BASE + "/measures/" + id).then()
                .statusCode(200).body("masked", equalTo(false)).body("person.name", equalTo("欧阳明"))
                .body("person.residentId", equalTo(residentId));
        as("discipline-officer").get(BASE + "/measures/" + id).then().statusCode(200)
                .body("person.name", equalTo("欧**"));
        // a street admin reads masked even with a purpose; a safety officer, leader or county system not at all
        as("street-admin").header("X-Access-Purpose", PURPOSE).get(BASE + "/measures/" + id).then()
                .statusCode(200).body("masked", equalTo(true)).body("person.name", equalTo("欧**"));
        as("safety-officer").header("X-Access-Purpose", PURPOSE).get(BASE + "/measures/" + id).then()
                .statusCode(403);
        as("leader").get(BASE + "/measures/" + id).then().statusCode(403);
        as("county-system").get(BASE + "/measures?from=2025-05-20&to=2025-05-20").then().statusCode(403);

        // every access is in the audit, naming the record kind and the fields disclosed, never a value
        Response audit = as("street-admin").get("/api/safety/audit?recordKind=AccountabilityMeasure&recordId=" + id);
        // the clock stands still, so the entries are compared as a set
        audit.then().statusCode(200).body("total", equalTo(4))
                .body("items.action", containsInAnyOrder("READ", "READ", "READ", "REGISTER"));
        List<Map<String, Object>> entries = audit.path("items");
        assertThat(entries).filteredOn(e -> Boolean.FALSE.equals(e.get("masked"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("READ");
                    assertThat(e.get("fields")).isEqualTo(List.of("person.name", "person.residentId"));
                    assertThat(e.get("purpose")).isEqualTo("审查");
                    assertThat(e.get("actor")).isEqualTo("test-discipline-officer");
                });
        assertThat(entries).filteredOn(e -> Boolean.TRUE.equals(e.get("masked")) && "READ".equals(e.get("action")))
                .hasSize(2).extracting(e -> e.get("fields")).containsOnly(List.of());
        // a registration names the fields it wrote
        assertThat(entries).filteredOn(e -> "REGISTER".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e.get("fields")).isEqualTo(List.of("person.name", "person.residentId")));
        assertThat(entries).filteredOn(e -> "test-street-admin".equals(e.get("actor"))).singleElement()
                .satisfies(e -> assertThat(e.get("purpose")).isEqualTo("审查"));
        assertThat(entries).extracting(e -> e.get("recordKind")).containsOnly("AccountabilityMeasure");
        assertThat(entries).extracting(e -> e.get("keyPersonId")).containsOnlyNulls();
        assertThat(audit.asString()).doesNotContain("欧阳明").doesNotContain(residentId);

        // at rest: ciphertexts only
        List<String> stored = rows("select * from accountability_measure where id = ?", UUID.fromString(id));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).doesNotContain("欧阳明").doesNotContain(residentId).contains(unit);

        // the same person: the same resident ID, even with the name written otherwise
        post("/measures", Map.of("person", Map.of("name", "欧阳 明", "unit", "另一单位", "residentId", residentId),
                "measure", "PARTY_WARNING", "decidedOn", "2025-05-21", "reason", "违反工作纪律",
                "caseReference", "八纪案〔2025〕3号", "decidedBy", "八月湖街道纪工委")).then().statusCode(201)
                .body("form", equalTo("SECOND"));
        // without a resident ID: the same name in the same unit
        Map<String, Object> noId = Map.of("name", "李华", "unit", unit);
        post("/measures", Map.of("person", noId, "measure", "REMINDER_TALK", "decidedOn", "2025-05-20",
                "reason", "苗头性问题", "decidedBy", "八月湖街道纪工委")).then().statusCode(201);
        post("/measures", Map.of("person", noId, "measure", "DUTY_TALK", "decidedOn", "2025-05-21",
                "reason", "履职不力", "decidedBy", "八月湖街道纪工委")).then().statusCode(201);
        post("/measures", Map.of("person", Map.of("name", "李华", "unit", unit + "二"), "measure", "HOME_VISIT",
                "decidedOn", "2025-05-21", "reason", "家访", "decidedBy", "八月湖街道纪工委")).then().statusCode(201);
        as("discipline-officer").contentType("application/json").body(Map.of("name", "x", "unit", "y",
                "residentId", residentId)).post(BASE + "/measures/search").then().statusCode(200)
                .body("size()", equalTo(2)).body("measure", equalTo(List.of("PARTY_WARNING", "CIRCULATED_CRITICISM")));
        as("discipline-officer").contentType("application/json").header("X-Access-Purpose", PURPOSE).body(noId)
                .post(BASE + "/measures/search").then().statusCode(200).body("size()", equalTo(2))
                .body("person.name", equalTo(List.of("李华", "李华")));
        as("street-admin").contentType("application/json").body(noId).post(BASE + "/measures/search").then()
                .statusCode(403);
        as("discipline-officer").get(BASE + "/measures?supervisionCheckId=" + check).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        as("street-admin").get(BASE + "/measures?unit=" + unit + "&form=FIRST").then().statusCode(200)
                .body("total", equalTo(3)).body("items.person.name", not(hasItem("李华")));

        // the figures of those days count measures, and distinct persons: 5 measures about 3 persons
        as("leader").get(BASE + "/statistics?from=2025-05-20&to=2025-05-21").then().statusCode(200)
                .body("measures.total", equalTo(5)).body("personsConcerned", equalTo(3))
                .body("measures.byForm.FIRST", equalTo(4)).body("measures.byForm.SECOND", equalTo(1))
                .body("supervisionChecks", equalTo(1));

        // bad input names its field
        post("/measures", Map.of("person", Map.of("name", "张三", "unit", unit, "residentId", "340123197803021230"),
                "measure", "DUTY_TALK", "decidedOn", "2025-05-20", "reason", "r", "decidedBy", "d")).then()
                .statusCode(400).body("errors[0].field", equalTo("person.residentId"));
        post("/measures", Map.of("person", Map.of("unit", unit), "measure", "SCOLDING", "decidedOn", "2025-05-20",
                "reason", "r", "decidedBy", "d")).then().statusCode(400);
        post("/measures", Map.of("person", Map.of("unit", unit), "measure", "DUTY_TALK", "decidedOn", "2025-05-20",
                "reason", "r", "decidedBy", "d")).then().statusCode(400).body("errors[0].field", equalTo("person.name"));
        post("/measures", Map.of("person", noId, "measure", "DUTY_TALK", "decidedOn", "2025-05-20", "reason", "r",
                "decidedBy", "d", "supervisionCheckId", UUID.randomUUID().toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("supervisionCheckId"));
        as("discipline-officer").header("X-Access-Purpose", "%FF").get(BASE + "/measures/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("X-Access-Purpose"));
        as("discipline-officer").get(BASE + "/measures/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRecommendationIsIssuedAndAnswered() {
        String number = "八纪建〔2025〕" + UUID.randomUUID() + "号";
        String unit = "八月湖社区" + UUID.randomUUID();
        Response issued = post("/recommendations", Map.of("number", number, "unit", unit, "issuedOn", "2025-06-10",
                "content", "建议健全集体资产管理制度", "answerDueOn", "2025-07-10"));
        issued.then().statusCode(201).body("status", equalTo("ISSUED")).body("overdue", equalTo(true))
                .body("allowedSteps", equalTo(List.of("ANSWER")));
        String path = "/recommendations/" + issued.path("id");
        as("street-admin").get(BASE + "/recommendations?overdue=true&unit=" + unit).then().statusCode(200)
                .body("total", equalTo(1));
        post("/recommendations", Map.of("number", number, "unit", unit, "issuedOn", "2025-06-10",
                "content", "重复", "answerDueOn", "2025-07-10")).then().statusCode(409);
        post("/recommendations", Map.of("number", number + "2", "unit", unit, "issuedOn", "2025-06-10",
                "content", "c", "answerDueOn", "2025-06-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("answerDueOn"));
        as("discipline-officer").contentType("application/json")
                .body(Map.of("answeredOn", "2025-07-08", "answer", "已修订")).post(BASE + path + "/answer").then()
                .statusCode(428);
        String etag = step(path + "/answer", issued.header("ETag"), Map.of("answeredOn", "2025-07-08",
                "answer", "已修订集体资产管理办法")).then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("answeredOn", equalTo("2025-07-08")).body("overdue", equalTo(false)).extract().header("ETag");
        step(path + "/answer", etag, Map.of("answeredOn", "2025-07-09", "answer", "再次")).then().statusCode(409)
                .body("currentState", equalTo("ANSWERED"));
        as("street-admin").get(BASE + path).then().statusCode(200).body("history.step",
                equalTo(List.of("ISSUE", "ANSWER")));
        as("street-admin").get(BASE + "/recommendations?status=ANSWERED&unit=" + unit).then().statusCode(200)
                .body("total", equalTo(1));
        as("street-admin").contentType("application/json").body(Map.of("number", "x", "unit", unit,
                "issuedOn", "2025-06-10", "content", "c", "answerDueOn", "2025-07-10"))
                .post(BASE + "/recommendations").then().statusCode(403);
    }

    @Test
    void integrityWorksReadingCornersAndStudyMeetingsAreRecorded() {
        Response work = post("/integrity-works", Map.of("kind", "VIDEO", "title", "清风八月湖", "author", "街道融媒体中心",
                "collectedOn", "2025-04-01"));
        work.then().statusCode(201).header("Location", notNullValue()).body("kind", equalTo("VIDEO"));
        as("street-admin").get(BASE + "/integrity-works/" + work.path("id")).then().statusCode(200)
                .body("title", equalTo("清风八月湖"));
        as("street-admin").get(BASE + "/integrity-works?kind=VIDEO&from=2025-04-01&to=2025-04-01").then()
                .statusCode(200).body("items.id", hasItem(work.<String>path("id")));
        post("/integrity-works", Map.of("kind", "POEM", "title", "t", "author", "a", "collectedOn", "2025-04-01"))
                .then().statusCode(400);

        String code = "SP-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Response corner = post("/reading-corners", Map.of("name", "城市书房勤廉书屋", "servicePointCode", code,
                "openedOn", "2025-03-01", "books", 500));
        corner.then().statusCode(201).body("servicePointCode", equalTo(code));
        post("/reading-corners", Map.of("name", "再开一个", "servicePointCode", code, "openedOn", "2025-03-02"))
                .then().statusCode(409);
        post("/reading-corners", Map.of("name", "x", "servicePointCode", "书房一号", "openedOn", "2025-03-02"))
                .then().statusCode(400).body("errors[0].field", equalTo("servicePointCode"));
        as("street-admin").get(BASE + "/reading-corners?servicePointCode=" + code).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].books", equalTo(500));
        as("street-admin").get(BASE + "/reading-corners/" + corner.path("id")).then().statusCode(200);

        Response meeting = post("/study-meetings", Map.of("kind", "CASE_EXCHANGE", "heldOn", "2025-04-02",
                "topic", "以案促改警示教育", "attendance", 60));
        meeting.then().statusCode(201).body("attendance", equalTo(60));
        as("street-admin").get(BASE + "/study-meetings?kind=CASE_EXCHANGE&from=2025-04-02&to=2025-04-02").then()
                .statusCode(200).body("items.id", hasItem(meeting.<String>path("id")));
        as("street-admin").get(BASE + "/study-meetings/" + meeting.path("id")).then().statusCode(200);
        post("/study-meetings", Map.of("kind", "THEORY", "heldOn", "2025-04-02", "topic", "t", "attendance", 0))
                .then().statusCode(400).body("errors[0].field", equalTo("attendance"));
        as("street-admin").get(BASE + "/study-meetings?from=2025-04-03&to=2025-04-02").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("leader").get(BASE + "/study-meetings").then().statusCode(403);
    }

    static List<String> rows(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(RealInfrastructure.jdbcUrl("safety"),
                RealInfrastructure.postgresUsername(), RealInfrastructure.postgresPassword());
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(rs.getMetaData().getColumnName(c)).append('=').append(rs.getString(c)).append(' ');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }
}

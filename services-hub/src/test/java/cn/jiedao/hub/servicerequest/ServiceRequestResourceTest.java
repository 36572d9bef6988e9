package cn.jiedao.hub.servicerequest;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service types and one-window requests through the API, on 2024-03-04 (a Monday) in the street. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class ServiceRequestResourceTest {

    static final Instant MARCH_FOURTH = Instant.parse("2024-03-04T02:00:00Z"); // 10:00 in the street
    static final String ID_NUMBER = ResidentIdNumber.withCheckCharacter("34012319420305123");

    @Inject
    StreetTime time;

    @BeforeEach
    void onTheFourthOfMarch() {
        time.useClock(Clock.fixed(MARCH_FOURTH, time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    /** A service type of the test's own, allowing {@code days}. */
    static String defineType(int days) {
        String code = "ELDERLY_ALLOWANCE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("hub-staff").contentType("application/json").body(Map.of("code", code, "name", "高龄津贴申领",
                "department", "街道社会事务办", "timeAllowedDays", days, "attributes", List.of(
                        Map.of("code", "applicationKind", "datatype", "SINGLE_VALUE_LIST", "required", true,
                                "description", "申领类型", "values", List.of(Map.of("key", "FIRST_TIME", "name", "首次申领"),
                                        Map.of("key", "RENEWAL", "name", "续领"))),
                        Map.of("code", "age", "datatype", "NUMBER", "required", true, "description", "年龄"))))
                .post("/api/hub/service-types").then().statusCode(201)
                .body("attributes[0].values[1].name", equalTo("续领")).body("timeAllowedDays", equalTo(days));
        return code;
    }

    static Map<String, Object> request(String type, String mode, String gridCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("serviceType", type, "mode", mode,
                "applicant", Map.of("name", "欧阳晓明", "phone", "13812345678", "idNumber", ID_NUMBER),
                "attributes", Map.of("applicationKind", "FIRST_TIME", "age", 82)));
        if (gridCode != null) {
            body.put("gridCode", gridCode);
        }
        return body;
    }

    static Response submit(Map<String, Object> body) {
        return as("hub-staff").contentType("application/json").body(body).post("/api/hub/service-requests");
    }

    static String step(String id, String etag, String noun, Object body, int status) {
        return as("hub-staff").contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/hub/service-requests/" + id + "/" + noun).then().statusCode(status).extract().header("ETag");
    }

    @Test
    void aRequestIsReceivedDueByItsTypeAcceptedNotedAndCompletedWithItsHistory() {
        String type = defineType(10);
        Response received = submit(request(type, "ON_SITE_ACCEPTANCE", null));
        received.then().statusCode(201).body("status", equalTo("RECEIVED")).body("deadline", equalTo("2024-03-14"))
                .body("requestNo", org.hamcrest.Matchers.startsWith("YC-2024-"))
                .body("department", equalTo("街道社会事务办"))
                .body("applicant.name", equalTo("欧阳晓明")).body("applicant.idNumber", equalTo(ID_NUMBER))
                .body("attributes.age", equalTo(82)).body("allowedSteps", contains("ACCEPT", "REJECT", "REFER", "NOTE"));
        String id = received.path("id");
        String etag = step(id, received.header("ETag"), "acceptance", Map.of(), 200);
        etag = step(id, etag, "notes", Map.of("note", "材料已送县民政局审核"), 200);
        step(id, received.header("ETag"), "notes", Map.of("note", "stale"), 412);
        as("hub-staff").contentType("application/json").body(Map.of("outcome", "x"))
                .post("/api/hub/service-requests/" + id + "/completion").then().statusCode(428);
        time.useClock(Clock.fixed(Instant.parse("2024-03-12T02:00:00Z"), time.zone()));
        step(id, etag, "completion", Map.of("outcome", "已办结，津贴次月发放"), 200);
        as("hub-staff").get("/api/hub/service-requests/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("outcome", equalTo("已办结，津贴次月发放"))
                .body("overdue", equalTo(false))
                .body("history.step", contains("RECEIVE", "ACCEPT", "NOTE", "COMPLETE"))
                .body("history[2].note", equalTo("材料已送县民政局审核")).body("history[3].actor", equalTo("test-hub-staff"));
    }

    @Test
    void aStepNotAllowedIs409AndOnlyTheWritersTakeSteps() {
        String type = defineType(5);
        Response received = submit(request(type, "PROXY_HANDLING", null));
        String id = received.path("id");
        as("hub-staff").contentType("application/json").header("If-Match", received.header("ETag"))
                .body(Map.of("outcome", "x")).post("/api/hub/service-requests/" + id + "/completion").then()
                .statusCode(409).contentType("application/problem+json").body("currentState", equalTo("RECEIVED"))
                .body("allowedSteps", hasItem("ACCEPT"));
        as("leader").contentType("application/json").header("If-Match", received.header("ETag")).body(Map.of())
                .post("/api/hub/service-requests/" + id + "/acceptance").then().statusCode(403);
        String etag = step(id, received.header("ETag"), "rejection", Map.of("reason", "户籍不在本街道"), 200);
        as("hub-staff").get("/api/hub/service-requests/" + id).then().body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("户籍不在本街道")).body("allowedSteps.size()", equalTo(0));
        step(id, etag, "referral", Map.of("department", "县医疗保障局", "reason", "x"), 409);

        Response referred = submit(request(type, "PRE_REVIEW", null));
        String other = referred.path("id");
        step(other, referred.header("ETag"), "referral", Map.of("department", "县医疗保障局", "reason", "医保事项"), 200);
        as("hub-staff").get("/api/hub/service-requests/" + other).then().body("status", equalTo("REFERRED"))
                .body("referredTo", equalTo("县医疗保障局")).body("history[1].note", equalTo("转 县医疗保障局: 医保事项"));
    }

    @Test
    void theApplicantIsMaskedForEveryRoleButHubStaffAndAGridWorkerReadsTheirGridsOnly() {
        String type = defineType(10);
        String grid = "3401230010" + String.format("%05d", (int) (Math.random() * 100000));
        String id = submit(request(type, "ASSISTED_HANDLING", grid)).path("id");
        String elsewhere = submit(request(type, "ASSISTED_HANDLING", "340123009009009")).path("id");
        as("street-admin").get("/api/hub/service-requests/" + id).then().statusCode(200)
                .body("applicant.name", equalTo("欧***")).body("applicant.phone", equalTo("138****5678"))
                .body("applicant.idNumber", equalTo(ResidentIdNumber.mask(ID_NUMBER)));
        asGridWorker("li.si", grid).get("/api/hub/service-requests/" + id).then().statusCode(200)
                .body("applicant.phone", equalTo("138****5678"));
        asGridWorker("li.si", grid).get("/api/hub/service-requests/" + elsewhere).then().statusCode(403);
        asGridWorker("li.si", grid).get("/api/hub/service-requests?serviceType=" + type).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].applicant.name", equalTo("欧***"));
        as("hub-staff").get("/api/hub/service-requests?serviceType=" + type + "&gridCode=" + grid).then()
                .body("total", equalTo(1)).body("items[0].applicant.phone", equalTo("13812345678"));
        as("hub-staff").get("/api/hub/service-requests?serviceType=" + type + "&mode=ASSISTED_HANDLING&status=RECEIVED")
                .then().body("total", equalTo(2));
        as("hub-staff").get("/api/hub/service-requests?serviceType=" + type + "&mode=SELF_SERVICE").then()
                .body("total", equalTo(0));
        as("grid-worker").contentType("application/json").body(request(type, "SELF_SERVICE", grid))
                .post("/api/hub/service-requests").then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyAnswersARetryWithTheSameRequestAndAnotherBodyWith422() {
        String type = defineType(10);
        String key = UUID.randomUUID().toString();
        Response first = as("hub-staff").header("Idempotency-Key", key).contentType("application/json")
                .body(request(type, "SELF_SERVICE", null)).post("/api/hub/service-requests");
        first.then().statusCode(201);
        Response again = as("hub-staff").header("Idempotency-Key", key).contentType("application/json")
                .body(request(type, "SELF_SERVICE", null)).post("/api/hub/service-requests");
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        as("hub-staff").header("Idempotency-Key", key).contentType("application/json")
                .body(request(type, "PRE_REVIEW", null)).post("/api/hub/service-requests").then().statusCode(422)
                .contentType("application/problem+json");
        as("hub-staff").get("/api/hub/service-requests?serviceType=" + type).then().body("total", equalTo(1));
        assertThat(first.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String type = defineType(10);
        Map<String, Object> bad = request(type, "SELF_SERVICE", null);
        bad.put("attributes", Map.of("applicationKind", "LOST", "age", 82));
        submit(bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("attributes.applicationKind"));
        bad.put("attributes", Map.of("age", 82));
        submit(bad).then().statusCode(400).body("errors[0].field", equalTo("attributes.applicationKind"));
        Map<String, Object> badId = request(type, "SELF_SERVICE", null);
        badId.put("applicant", Map.of("name", "李四", "phone", "13812345678", "idNumber",
                ID_NUMBER.substring(0, 17) + (ID_NUMBER.endsWith("1") ? "2" : "1")));
        submit(badId).then().statusCode(400).body("errors.field", hasItem("applicant.idNumber"));
        Map<String, Object> badMode = request(type, "SELF_SERVICE", null);
        badMode.put("mode", "BY_POST");
        submit(badMode).then().statusCode(400).contentType("application/problem+json");
        submit(request("NO_SUCH_TYPE", "SELF_SERVICE", null)).then().statusCode(400)
                .body("errors[0].field", equalTo("serviceType"));
        as("hub-staff").contentType("application/json").body(Map.of("code", type, "name", "x", "department", "y",
                "timeAllowedDays", 3, "attributes", List.of())).post("/api/hub/service-types").then().statusCode(409);
        as("hub-staff").contentType("application/json").body(Map.of("code", "LIST_WITHOUT_VALUES", "name", "x",
                "department", "y", "timeAllowedDays", 3, "attributes", List.of(Map.of("code", "kind",
                        "datatype", "SINGLE_VALUE_LIST", "required", true, "description", "类型"))))
                .post("/api/hub/service-types").then().statusCode(400)
                .body("errors[0].field", equalTo("attributes[0].values"));
        as("hub-staff").get("/api/hub/service-requests/statistics?year=1999").then().statusCode(400)
                .contentType("application/problem+json");
        as("hub-staff").get("/api/hub/service-types/" + type).then().statusCode(200).body("code", equalTo(type));
        as("hub-staff").get("/api/hub/service-types/NO_SUCH_TYPE").then().statusCode(404);
        as("hub-staff").get("/api/hub/service-requests?serviceType=NO_SUCH_TYPE").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("serviceType"));
        as("hub-staff").get("/api/hub/service-requests?from=2024-03-05&to=2024-03-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void theYearsFiguresCountRequestsByModeTypeAndTheShareCompletedOnTime() {
        time.useClock(Clock.fixed(Instant.parse("2022-05-09T02:00:00Z"), time.zone()));
        String type = defineType(3);
        Response late = submit(request(type, "SELF_SERVICE", null));
        Response onTime = submit(request(type, "SELF_SERVICE", null));
        Response open = submit(request(type, "PRE_REVIEW", null));
        String lateEtag = step(late.path("id"), late.header("ETag"), "acceptance", Map.of(), 200);
        String onTimeEtag = step(onTime.path("id"), onTime.header("ETag"), "acceptance", Map.of(), 200);
        time.useClock(Clock.fixed(Instant.parse("2022-05-11T02:00:00Z"), time.zone()));
        step(onTime.path("id"), onTimeEtag, "completion", Map.of("outcome", "已办结"), 200);
        time.useClock(Clock.fixed(Instant.parse("2022-05-13T02:00:00Z"), time.zone()));
        step(late.path("id"), lateEtag, "completion", Map.of("outcome", "已办结"), 200);
        as("hub-staff").get("/api/hub/service-requests?overdue=true&serviceType=" + type).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(open.path("id")));
        as("leader").get("/api/hub/service-requests/statistics?year=2022").then().statusCode(200)
                .body("received", equalTo(3)).body("byMode.SELF_SERVICE", equalTo(2))
                .body("byMode.PRE_REVIEW", equalTo(1)).body("byMode.PROXY_HANDLING", equalTo(0))
                .body("byType." + type, equalTo(3)).body("byStatus.COMPLETED", equalTo(2))
                .body("completed", equalTo(2)).body("completedOnTime", equalTo(1))
                .body("onTimePercent", equalTo(50.0f)).body("overdue", equalTo(1));
        as("grid-worker").get("/api/hub/service-requests/statistics?year=2022").then().statusCode(403);
        as("leader").get("/api/hub/service-requests/statistics?year=2021").then().body("received", equalTo(0))
                .body("onTimePercent", nullValue());
    }

    @Test
    void aChangedTypeDuesNewRequestsByItsNewDaysAndAnInactiveOneReceivesNone() {
        String type = defineType(10);
        String before = submit(request(type, "SELF_SERVICE", null)).path("id");
        String etag = as("hub-staff").get("/api/hub/service-types/" + type).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = new java.util.HashMap<>(Map.of("name", "高龄津贴申领", "department", "街道民政办",
                "timeAllowedDays", 5, "active", true, "attributes", List.of(Map.of("code", "age", "datatype", "NUMBER",
                        "required", true, "description", "年龄"))));
        as("hub-staff").contentType("application/json").body(change).put("/api/hub/service-types/" + type).then()
                .statusCode(428);
        String changed = as("hub-staff").contentType("application/json").header("If-Match", etag).body(change)
                .put("/api/hub/service-types/" + type).then().statusCode(200).body("timeAllowedDays", equalTo(5))
                .body("department", equalTo("街道民政办")).body("attributes.size()", equalTo(1)).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        as("hub-staff").contentType("application/json").header("If-Match", etag).body(change)
                .put("/api/hub/service-types/" + type).then().statusCode(412);
        as("grid-worker").contentType("application/json").header("If-Match", changed).body(change)
                .put("/api/hub/service-types/" + type).then().statusCode(403);
        Map<String, Object> after = request(type, "SELF_SERVICE", null);
        after.put("attributes", Map.of("age", 90));
        submit(after).then().statusCode(201).body("deadline", equalTo("2024-03-09"))
                .body("department", equalTo("街道民政办"));
        as("hub-staff").get("/api/hub/service-requests/" + before).then().body("deadline", equalTo("2024-03-14"))
                .body("attributes.applicationKind", equalTo("FIRST_TIME"));
        change.put("active", false);
        as("hub-staff").contentType("application/json").header("If-Match", changed).body(change)
                .put("/api/hub/service-types/" + type).then().statusCode(200).body("active", equalTo(false));
        submit(after).then().statusCode(400).body("errors[0].field", equalTo("serviceType"));
    }
}

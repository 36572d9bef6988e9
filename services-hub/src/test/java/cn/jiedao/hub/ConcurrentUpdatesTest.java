package cn.jiedao.hub;

import static cn.jiedao.testing.ConcurrentUpdates.target;
import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.ConcurrentUpdates;
import cn.jiedao.testing.ConcurrentUpdates.Case;
import cn.jiedao.testing.ConcurrentUpdates.Target;
import cn.jiedao.testing.Concurrently;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every mutable record kind of the hub under concurrent updates with one If-Match: one success, 412 for the
 * others, the record left as the winner made it; one case for each If-Match operation of the OpenAPI document.
 * And identical service requests sent at once with one Idempotency-Key make one request.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class ConcurrentUpdatesTest {

    static final String STAFF = "hub-staff";
    static final String ID_NUMBER = ResidentIdNumber.withCheckCharacter("34012319420305123");

    static Target created(ExtractableResponse<Response> r, String collection) {
        String path = collection + "/" + r.path("id");
        return target(r.header("ETag"), path, STAFF, "path", path);
    }

    static String serviceType() {
        String code = "CONCURRENT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        json(STAFF, Map.of("code", code, "name", "并发事项", "department", "街道社会事务办", "timeAllowedDays", 10,
                "attributes", List.of())).post("/api/hub/service-types").then().statusCode(201);
        return code;
    }

    static Map<String, Object> request(String type) {
        return Map.of("serviceType", type, "mode", "SELF_SERVICE",
                "applicant", Map.of("name", "欧阳晓明", "phone", "13812345678", "idNumber", ID_NUMBER),
                "attributes", Map.of());
    }

    /** A received service request, accepted first when {@code accepted}. */
    static Target serviceRequest(boolean accepted) {
        var r = json(STAFF, request(serviceType())).post("/api/hub/service-requests").then().statusCode(201).extract();
        Target t = created(r, "/api/hub/service-requests");
        if (!accepted) {
            return t;
        }
        String etag = t.ifMatch(STAFF).body(Map.of()).post(t.id("path") + "/acceptance").then().statusCode(200)
                .extract().header("ETag");
        return target(etag, (String) t.id("path"), STAFF, "path", t.id("path"));
    }

    static String compound(String community) {
        return json(STAFF, Map.of("name", "并发小区", "communityCode", community)).post("/api/hub/residential-compounds")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> servicePoint(String community, String name) {
        return new HashMap<>(Map.of("type", "PARTY_MASS_SERVICE_CENTER", "name", name, "communityCode", community,
                "address", "八月湖路1号", "latitude", 31.8612, "longitude", 117.283,
                "openingHours", HubData.everyDay("08:30", "17:30"), "services", List.of("一窗受理")));
    }

    static final List<Case> CASES = List.of(
            new Case("PUT /api/hub/buildings/{id}", () -> {
                String grid = HubData.grid(HubData.community("并发社区"), 1);
                var r = json(STAFF, Map.of("gridCode", grid, "name", "1栋", "households", 40)).post("/api/hub/buildings")
                        .then().statusCode(201).extract();
                return target(r.header("ETag"), "/api/hub/buildings/" + r.path("id"), STAFF, "path",
                        "/api/hub/buildings/" + r.path("id"), "grid", grid);
            }, (t, i) -> t.ifMatch(STAFF).body(Map.of("gridCode", t.id("grid"), "name", "1栋", "households", 41 + i))
                    .put((String) t.id("path"))),
            new Case("PUT /api/hub/facilities/{id}", () -> {
                String compound = compound(HubData.community("并发社区"));
                var r = json(STAFF, Map.of("type", "EV_SHED", "name", "并发车棚", "compoundId", compound,
                        "status", "UNDER_CONSTRUCTION", "capacity", 60)).post("/api/hub/facilities").then().statusCode(201)
                        .extract();
                return target(r.header("ETag"), "/api/hub/facilities/" + r.path("id"), STAFF, "path",
                        "/api/hub/facilities/" + r.path("id"), "compound", compound);
            }, (t, i) -> t.ifMatch(STAFF).body(Map.of("type", "EV_SHED", "name", "并发车棚", "compoundId", t.id("compound"),
                    "status", "IN_SERVICE", "installedOn", "2025-06-30", "capacity", 60 + i)).put((String) t.id("path"))),
            new Case("PUT /api/hub/residential-compounds/{id}", () -> {
                String community = HubData.community("并发社区");
                String id = compound(community);
                String path = "/api/hub/residential-compounds/" + id;
                String etag = as(STAFF).get(path).then().statusCode(200).extract().header("ETag");
                return target(etag, path, STAFF, "path", path, "community", community);
            }, (t, i) -> t.ifMatch(STAFF).body(Map.of("name", "并发小区", "communityCode", t.id("community"),
                    "propertyCompany", "物业" + i)).put((String) t.id("path"))),
            new Case("PUT /api/hub/service-points/{id}", () -> {
                String community = HubData.community("并发社区");
                var r = json(STAFF, servicePoint(community, "并发中心")).post("/api/hub/service-points").then()
                        .statusCode(201).extract();
                return target(r.header("ETag"), "/api/hub/service-points/" + r.path("id"), STAFF, "path",
                        "/api/hub/service-points/" + r.path("id"), "community", community);
            }, (t, i) -> t.ifMatch(STAFF).body(servicePoint((String) t.id("community"), "并发中心 " + i))
                    .put((String) t.id("path"))),
            new Case("PUT /api/hub/service-types/{code}", () -> {
                String path = "/api/hub/service-types/" + serviceType();
                String etag = as(STAFF).get(path).then().statusCode(200).extract().header("ETag");
                return target(etag, path, STAFF, "path", path);
            }, (t, i) -> t.ifMatch(STAFF).body(Map.of("name", "并发事项", "department", "街道民政办",
                    "timeAllowedDays", 1 + i, "active", true, "attributes", List.of())).put((String) t.id("path"))),
            new Case("POST /api/hub/service-requests/{id}/acceptance", () -> serviceRequest(false),
                    (t, i) -> t.ifMatch(STAFF).body(Map.of("note", "受理 " + i)).post(t.id("path") + "/acceptance")),
            new Case("POST /api/hub/service-requests/{id}/rejection", () -> serviceRequest(false),
                    (t, i) -> t.ifMatch(STAFF).body(Map.of("reason", "不符条件 " + i)).post(t.id("path") + "/rejection")),
            new Case("POST /api/hub/service-requests/{id}/referral", () -> serviceRequest(false),
                    (t, i) -> t.ifMatch(STAFF).body(Map.of("department", "县医疗保障局", "reason", "医保 " + i))
                            .post(t.id("path") + "/referral")),
            new Case("POST /api/hub/service-requests/{id}/notes", () -> serviceRequest(true),
                    (t, i) -> t.ifMatch(STAFF).body(Map.of("note", "进展 " + i)).post(t.id("path") + "/notes")),
            new Case("POST /api/hub/service-requests/{id}/completion", () -> serviceRequest(true),
                    (t, i) -> t.ifMatch(STAFF).body(Map.of("outcome", "办结 " + i)).post(t.id("path") + "/completion")));

    @Test
    void everyIfMatchOperationHasACase() {
        ConcurrentUpdates.assertEveryIfMatchOperationHasACase("/api/hub", CASES);
    }

    @TestFactory
    List<DynamicTest> concurrentUpdatesWithOneIfMatchMakeOneChange() {
        return ConcurrentUpdates.tests(CASES);
    }

    @Test
    void identicalRequestsSentAtOnceWithOneIdempotencyKeyMakeOneServiceRequest() {
        String type = serviceType();
        String key = UUID.randomUUID().toString();
        var answers = Concurrently.run(ConcurrentUpdates.WRITERS, i -> as(STAFF).header("Idempotency-Key", key)
                .contentType("application/json").body(request(type)).post("/api/hub/service-requests"));
        assertThat(answers).as("every answer is the one request").allSatisfy(a -> assertThat(a.statusCode())
                .as(a.body().asString()).isEqualTo(201));
        assertThat(answers.stream().map(a -> (String) a.path("id")).distinct()).hasSize(1);
        assertThat(answers).filteredOn(a -> a.header("Idempotent-Replayed") == null).hasSize(1);
        as(STAFF).get("/api/hub/service-requests?serviceType=" + type).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }
}

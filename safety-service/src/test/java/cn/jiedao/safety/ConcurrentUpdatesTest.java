package cn.jiedao.safety;

import static cn.jiedao.testing.ConcurrentUpdates.target;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.ConcurrentUpdates;
import cn.jiedao.testing.ConcurrentUpdates.Case;
import cn.jiedao.testing.ConcurrentUpdates.Target;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every mutable record kind of safety under concurrent updates with one If-Match: one success, 412 for the
 * others, the record left as the winner made it; one case for each If-Match operation of the OpenAPI document.
 * Dates are the street's today, so the rules on past and future dates hold for every case.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class ConcurrentUpdatesTest {

    static final String OFFICER = "safety-officer";
    static final String DISCIPLINE = "discipline-officer";
    static final String HAZARDS = "/api/safety/hazards/";
    static final String CASES_PATH = "/api/safety/illegal-construction-cases/";
    static final String DISCIPLINE_PATH = "/api/safety/discipline/";

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Target at(ExtractableResponse<Response> created, String collection, String reader) {
        String path = collection + created.path("id");
        return target(created.header("ETag"), path, reader, "path", path);
    }

    static Target advanced(Target t, String role, String step, Object body) {
        String etag = t.ifMatch(role).body(body).post(t.id("path") + "/" + step).then().statusCode(200).extract()
                .header("ETag");
        return target(etag, t.readPath(), t.reader(), "path", t.id("path"));
    }

    /** An open general gas hazard found today; its rectification reported by another officer when {@code reported}. */
    static Target hazard(boolean reported) {
        String site = SafetyData.site("并发小馆" + UUID.randomUUID());
        String id = as(OFFICER).contentType("application/json").body(Map.of("siteId", site, "domains", List.of("GAS"),
                "inspectedOn", today().toString(), "inspectors", List.of("李四", "王五"),
                "findings", List.of(SafetyData.finding("GAS", "GENERAL", "软管老化"))))
                .post("/api/safety/inspections").then().statusCode(201).extract().path("hazards[0].id");
        var read = as(OFFICER).get(HAZARDS + id).then().statusCode(200).extract();
        Target t = target(read.header("ETag"), HAZARDS + id, OFFICER, "path", HAZARDS + id, "deadline",
                LocalDate.parse(read.path("deadline")));
        if (!reported) {
            return t;
        }
        String etag = as("officer-a", OFFICER).contentType("application/json").header("If-Match", t.etag())
                .body(Map.of("note", "已更换")).post(HAZARDS + id + "/rectification").then().statusCode(200).extract()
                .header("ETag");
        return target(etag, HAZARDS + id, OFFICER, "path", HAZARDS + id);
    }

    static Target hazardWithExtensionRequested() {
        Target t = hazard(false);
        String etag = t.ifMatch(OFFICER).body(Map.of("until", ((LocalDate) t.id("deadline")).plusDays(30).toString(),
                "reason", "配件待采购")).post(t.id("path") + "/extension").then().statusCode(200).extract().header("ETag");
        return target(etag, t.readPath(), OFFICER, "path", t.id("path"));
    }

    /** A patrol case: reported, verified ({@code upTo} ≥ 1) or demolished ({@code upTo} = 2). */
    static Target constructionCase(int upTo) {
        var reported = as(OFFICER).contentType("application/json").body(Map.of("address", "八月湖路33号楼顶",
                "gridCode", SafetyData.GRID, "description", "彩钢瓦棚")).post(CASES_PATH.substring(0, CASES_PATH.length() - 1))
                .then().statusCode(201).extract();
        Target t = at(reported, CASES_PATH, OFFICER);
        if (upTo >= 1) {
            t = advanced(t, OFFICER, "verification", Map.of("areaSquareMetres", 30.5));
        }
        if (upTo >= 2) {
            t = advanced(t, OFFICER, "demolition", Map.of("demolishedOn", today().toString(), "areaSquareMetres", 30.5));
        }
        return t;
    }

    /** A supervision check recorded ten days ago: its rectification required ({@code upTo} ≥ 1), reported (2). */
    static Target supervisionCheck(int upTo) {
        var recorded = as(DISCIPLINE).contentType("application/json").body(Map.of("checkedOn",
                today().minusDays(10).toString(), "subject", "便民服务中心", "subjectKind", "DEPARTMENT",
                "kind", "UNANNOUNCED", "inspectors", List.of("王某", "李某"), "findings", "窗口工作人员迟到早退"))
                .post(DISCIPLINE_PATH + "supervision-checks").then().statusCode(201).extract();
        Target t = at(recorded, DISCIPLINE_PATH + "supervision-checks/", DISCIPLINE);
        if (upTo >= 1) {
            t = advanced(t, DISCIPLINE, "rectification-requirement", Map.of("required", "建立考勤制度",
                    "deadline", today().plusDays(15).toString()));
        }
        if (upTo >= 2) {
            t = advanced(t, DISCIPLINE, "rectification", Map.of("rectifiedOn", today().toString(), "note", "已整改"));
        }
        return t;
    }

    static Map<String, Object> keyPerson(String grid, String risk) {
        String residentId = ResidentIdNumber.withCheckCharacter(String.format("%06d",
                110000 + ThreadLocalRandom.current().nextInt(800000)) + "19850615"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return SafetyData.keyPerson("DRUG_USER", "并发人员", residentId, phone, grid, risk, null, null);
    }

    static Target keyPerson() {
        String grid = "3401230" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> body = keyPerson(grid, "LOW");
        var created = as(OFFICER).contentType("application/json").body(body).post("/api/safety/key-persons").then()
                .statusCode(201).extract();
        String path = "/api/safety/key-persons/" + created.path("id");
        return target(created.header("ETag"), path, OFFICER, "path", path, "body", body);
    }

    static Map<String, Object> internetCafe(int terminals) {
        return new HashMap<>(Map.of("kind", "INTERNET_CAFE", "name", "并发网咖", "address", "八月湖路18号",
                "gridCode", SafetyData.GRID, "responsiblePerson", "赵六", "responsiblePhone", "13912345678",
                "licenceNo", "皖网文〔2021〕0123号", "licenceValidUntil", today().plusYears(2).toString(),
                "terminals", terminals, "fireApprovalNo", "合公消安检字〔2021〕第0456号"));
    }

    static final List<Case> CASES = List.of(
            new Case("POST /api/safety/hazards/{id}/rectification", () -> hazard(false),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("note", "已整改 " + i)).post(t.id("path") + "/rectification")),
            new Case("POST /api/safety/hazards/{id}/verification", () -> hazard(true),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("passed", i % 2 == 0)).post(t.id("path") + "/verification")),
            new Case("POST /api/safety/hazards/{id}/closure", () -> hazard(false),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("reason", "经营者已停业 " + i)).post(t.id("path") + "/closure")),
            new Case("POST /api/safety/hazards/{id}/extension", () -> hazard(false),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("until", ((LocalDate) t.id("deadline")).plusDays(10 + i)
                            .toString(), "reason", "配件待采购")).post(t.id("path") + "/extension")),
            new Case("POST /api/safety/hazards/{id}/extension/decision", ConcurrentUpdatesTest::hazardWithExtensionRequested,
                    (t, i) -> t.ifMatch("street-admin").body(Map.of("approved", i % 2 == 0))
                            .post(t.id("path") + "/extension/decision")),
            new Case("POST /api/safety/illegal-construction-cases/{id}/verification", () -> constructionCase(0),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("areaSquareMetres", 30 + i)).post(t.id("path") + "/verification")),
            new Case("POST /api/safety/illegal-construction-cases/{id}/notice", () -> constructionCase(1),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("noticeNo", "八月湖违拆〔2026〕" + i + "号", "issuedOn",
                            today().toString(), "rectifyBy", today().plusDays(10).toString())).post(t.id("path") + "/notice")),
            new Case("POST /api/safety/illegal-construction-cases/{id}/demolition", () -> constructionCase(1),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("demolishedOn", today().toString(), "areaSquareMetres", 30 + i))
                            .post(t.id("path") + "/demolition")),
            new Case("POST /api/safety/illegal-construction-cases/{id}/legalisation", () -> constructionCase(1),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("note", "已补办规划许可 " + i)).post(t.id("path") + "/legalisation")),
            new Case("POST /api/safety/illegal-construction-cases/{id}/closure", () -> constructionCase(2),
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("note", "现场复核无误 " + i)).post(t.id("path") + "/closure")),
            new Case("POST /api/safety/discipline/supervision-checks/{id}/rectification-requirement",
                    () -> supervisionCheck(0), (t, i) -> t.ifMatch(DISCIPLINE).body(Map.of("required", "整改 " + i,
                            "deadline", today().plusDays(15).toString())).post(t.id("path") + "/rectification-requirement")),
            new Case("POST /api/safety/discipline/supervision-checks/{id}/rectification", () -> supervisionCheck(1),
                    (t, i) -> t.ifMatch(DISCIPLINE).body(Map.of("rectifiedOn", today().toString(), "note", "已整改 " + i))
                            .post(t.id("path") + "/rectification")),
            new Case("POST /api/safety/discipline/supervision-checks/{id}/verification", () -> supervisionCheck(2),
                    (t, i) -> t.ifMatch(DISCIPLINE).body(Map.of("passed", i % 2 == 0)).post(t.id("path") + "/verification")),
            new Case("POST /api/safety/discipline/recommendations/{id}/answer", () -> {
                var issued = as(DISCIPLINE).contentType("application/json").body(Map.of("number",
                        "纪建〔2026〕" + UUID.randomUUID().toString().substring(0, 8), "unit", "八月湖社区",
                        "issuedOn", today().minusDays(10).toString(), "content", "建议健全集体资产管理制度",
                        "answerDueOn", today().plusDays(20).toString()))
                        .post(DISCIPLINE_PATH + "recommendations").then().statusCode(201).extract();
                return at(issued, DISCIPLINE_PATH + "recommendations/", DISCIPLINE);
            }, (t, i) -> t.ifMatch(DISCIPLINE).body(Map.of("answeredOn", today().toString(), "answer", "已修订办法 " + i))
                    .post(t.id("path") + "/answer")),
            new Case("POST /api/safety/inspection-rounds/{id}/sites", () -> {
                var round = as(OFFICER).contentType("application/json").body(Map.of("name", "并发专项检查", "domain", "GAS",
                        "startsOn", today().toString(), "endsOn", today().plusDays(30).toString(),
                        "siteIds", List.of(SafetyData.site("并发专项" + UUID.randomUUID()))))
                        .post("/api/safety/inspection-rounds").then().statusCode(201).extract();
                List<String> sites = new java.util.ArrayList<>();
                for (int i = 0; i < ConcurrentUpdates.WRITERS; i++) {
                    sites.add(SafetyData.site("并发加入" + UUID.randomUUID()));
                }
                Target t = at(round, "/api/safety/inspection-rounds/", OFFICER);
                return target(t.etag(), t.readPath(), OFFICER, "path", t.id("path"), "sites", sites);
            }, (t, i) -> t.ifMatch(OFFICER).body(Map.of("siteIds", List.of(((List<?>) t.id("sites")).get(i))))
                    .post(t.id("path") + "/sites")),
            new Case("PUT /api/safety/key-persons/{id}", ConcurrentUpdatesTest::keyPerson, (t, i) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = new HashMap<>((Map<String, Object>) t.id("body"));
                body.put("riskLevel", i % 2 == 0 ? "HIGH" : "MEDIUM");
                body.put("responsibleOfficer", "王警官" + i);
                return t.ifMatch(OFFICER).body(body).put((String) t.id("path"));
            }),
            new Case("POST /api/safety/key-persons/{id}/closure", ConcurrentUpdatesTest::keyPerson,
                    (t, i) -> t.ifMatch(OFFICER).body(Map.of("reason", "MOVED_AWAY", "note", "迁出 " + i))
                            .post(t.id("path") + "/closure")),
            new Case("PUT /api/safety/sites/{id}", () -> {
                var created = as(OFFICER).contentType("application/json").body(internetCafe(120))
                        .post("/api/safety/sites").then().statusCode(201).extract();
                return at(created, "/api/safety/sites/", OFFICER);
            }, (t, i) -> t.ifMatch(OFFICER).body(internetCafe(121 + i)).put((String) t.id("path"))),
            new Case("PUT /api/safety/telecom-fraud-cases/{month}", () -> {
                String path = "/api/safety/telecom-fraud-cases/201" + ThreadLocalRandom.current().nextInt(10) + "-0"
                        + (1 + ThreadLocalRandom.current().nextInt(9));
                var first = as("police-system").contentType("application/json").body(Map.of("cases", 10)).put(path)
                        .then().extract();
                org.assertj.core.api.Assertions.assertThat(first.statusCode()).as(first.body().asString()).isIn(200, 201);
                String etag = first.header("ETag");
                return target(etag, null, OFFICER, "path", path);
            }, (t, i) -> t.ifMatch("police-system").body(Map.of("cases", 11 + i)).put((String) t.id("path"))));

    @Test
    void everyIfMatchOperationHasACase() {
        ConcurrentUpdates.assertEveryIfMatchOperationHasACase("/api/safety", CASES);
    }

    @TestFactory
    List<DynamicTest> concurrentUpdatesWithOneIfMatchMakeOneChange() {
        return ConcurrentUpdates.tests(CASES);
    }
}

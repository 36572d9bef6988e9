package cn.jiedao.safety.keyperson;

import static cn.jiedao.testing.Requests.as;
import static cn.jiedao.testing.Requests.asGridWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.safety.SafetyData;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import com.google.crypto.tink.KeysetHandle;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key-person registry against the real database, on 2025-08-01 in the street. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class KeyPersonResourceTest {

    static final Instant AUGUST_FIRST = Instant.parse("2025-08-01T02:00:00Z"); // 10:00 in the street; 2023 is the report's
    static final String PATH = "/api/safety/key-persons";
    /** 走访, as the header carries it. */
    static final String VISIT_PURPOSE = "%E8%B5%B0%E8%AE%BF";

    @Inject
    StreetTime time;

    @Inject
    KeyPersonKeys keys;

    @Inject
    KeyPersonErasure erasure;

    @Inject
    KeyPersonStatistics statistics;

    @BeforeEach
    void onTheFirstOfAugust() {
        time.useClock(Clock.fixed(AUGUST_FIRST, time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    // --- data of the test's own ---------------------------------------------------------------------------

    /** A valid resident ID nobody else uses: born 1985-06-15, a random division and sequence, the GB 11643 check. */
    static String residentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return ResidentIdNumber.withCheckCharacter(String.format("%06d", 110000 + random.nextInt(800000)) + "19850615"
                + String.format("%03d", random.nextInt(1000)));
    }

    /** A grid code of the test's own, so its lists see only its records. */
    static String grid() {
        return "3401230" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static Map<String, Object> person(String category, String name, String residentId, String phone, String grid,
            String risk) {
        return SafetyData.keyPerson(category, name, residentId, phone, grid, risk, "2025-03-01", "2026-02-28");
    }

    static Response register(Map<String, Object> body) {
        return as("safety-officer").contentType("application/json").body(body).post(PATH);
    }

    static String registered(Map<String, Object> body) {
        return register(body).then().statusCode(201).extract().path("id");
    }

    static Response read(String subject, String role, String id, String purpose) {
        var request = as(subject, role);
        if (purpose != null) {
            request = request.header("X-Access-Purpose", purpose);
        }
        return request.get(PATH + "/" + id);
    }

    /** Every row of {@code table} matching {@code where} as one string of all its columns. */
    static List<String> rows(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(RealInfrastructure.jdbcUrl("safety"),
                RealInfrastructure.postgresUsername(), RealInfrastructure.postgresPassword());
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
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

    // --- tests ---------------------------------------------------------------------------------------------

    @Test
    void eachCategoryIsRegisteredWithItsOwnFieldsAndAnswersMaskedWithoutAPurpose() {
        String grid = grid();
        Response mental = register(person("SEVERE_MENTAL_DISORDER", "张三", residentId(), "13800001111", grid, "HIGH"));
        mental.then().statusCode(201).header("ETag", notNullValue()).header("Location", notNullValue())
                .body("status", equalTo("UNDER_SUPERVISION")).body("masked", equalTo(true))
                .body("name", equalTo("张*")).body("phone", equalTo("138****1111"))
                .body("address", equalTo("八月湖路****"))
                .body("guardian.name", equalTo("李**")).body("guardian.phone", equalTo("139****2222"))
                .body("guardian.relation", equalTo("母亲")).body("registeredOn", equalTo("2025-08-01"))
                .body("allowedSteps", equalTo(List.of("CLOSE")))
                .body("history[0].step", equalTo("REGISTER"));
        register(person("DRUG_USER", "李四", residentId(), phone(), grid, "MEDIUM")).then().statusCode(201)
                .body("controlStatus", equalTo("COMMUNITY_REHAB")).body("guardian", nullValue());
        register(person("COMMUNITY_CORRECTION", "王五", residentId(), phone(), grid, "LOW")).then().statusCode(201)
                .body("term.start", equalTo("2025-03-01")).body("term.end", equalTo("2026-02-28"))
                .body("supervisionLevel", equalTo("STRICT"));

        asGridWorker("grid-1", grid).get(PATH + "?gridCode=" + grid).then().statusCode(200).body("total", equalTo(3))
                .body("items.name", hasItems("张*", "李*", "王*"));
        as("street-admin").get(PATH + "?gridCode=" + grid + "&category=DRUG_USER").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("李*"));
        as("safety-officer").get(PATH + "?gridCode=" + grid + "&riskLevel=HIGH&status=UNDER_SUPERVISION").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].category", equalTo("SEVERE_MENTAL_DISORDER"));
    }

    @Test
    void categoryFieldsAreRequiredWhereTheyApplyAndABadResidentIdIsNotEchoed() {
        Map<String, Object> noGuardian = person("SEVERE_MENTAL_DISORDER", "张三", residentId(), phone(), grid(), "LOW");
        noGuardian.remove("guardian");
        register(noGuardian).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("guardian"));

        Map<String, Object> noTerm = person("COMMUNITY_CORRECTION", "张三", residentId(), phone(), grid(), "LOW");
        noTerm.remove("term");
        register(noTerm).then().statusCode(400).body("errors.field", hasItem("term"));

        Map<String, Object> noStatus = person("DRUG_USER", "张三", residentId(), phone(), grid(), "LOW");
        noStatus.remove("controlStatus");
        register(noStatus).then().statusCode(400).body("errors.field", hasItem("controlStatus"));

        Map<String, Object> foreign = person("DRUG_USER", "张三", residentId(), phone(), grid(), "LOW");
        foreign.put("supervisionLevel", "STRICT");
        register(foreign).then().statusCode(400).body("errors.field", hasItem("supervisionLevel"));

        String valid = residentId();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        Response bad = register(person("DRUG_USER", "张三", wrongCheck, "1380000", "1234", "LOW"));
        bad.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("residentId", "phone", "gridCode"));
        assertThat(bad.asString()).doesNotContain(wrongCheck).doesNotContain("1380000");

        // the same person twice in a category is a conflict that names the field, not the value
        String twice = residentId();
        registered(person("DRUG_USER", "赵六", twice, phone(), grid(), "LOW"));
        Response again = register(person("DRUG_USER", "赵六", twice, phone(), grid(), "LOW"));
        again.then().statusCode(409).body("field", equalTo("residentId"));
        assertThat(again.asString()).doesNotContain(twice);
    }

    @Test
    void onlyASafetyOfficerWhoStatesAPurposeSeesTheRecordInFullAndTheReadIsAudited() {
        String grid = grid();
        String residentId = residentId();
        String phone = phone();
        String id = registered(person("SEVERE_MENTAL_DISORDER", "张三丰", residentId, phone, grid, "HIGH"));
        String masked = ResidentIdMask.of(residentId);

        asGridWorker("grid-1", grid).header("X-Access-Purpose", VISIT_PURPOSE).get(PATH + "/" + id).then().statusCode(200).body("masked", equalTo(true))
                .body("name", equalTo("张**")).body("residentId", equalTo(masked));
        read("admin-1", "street-admin", id, null).then().statusCode(200).body("residentId", equalTo(masked));
        read("officer-1", "safety-officer", id, null).then().statusCode(200).body("masked", equalTo(true))
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)));
        read("leader-1", "leader", id, null).then().statusCode(403).contentType("application/problem+json");
        // a grid worker of another grid does not read it at all
        asGridWorker("grid-2", "340123009999999").get(PATH + "/" + id).then().statusCode(403);
        read("county", "county-system", id, null).then().statusCode(403);
        read("officer-1", "safety-officer", UUID.randomUUID().toString(), VISIT_PURPOSE).then().statusCode(404);
        read("officer-1", "safety-officer", id, "%E8%B5").then().statusCode(400)
                .body("errors.field", hasItem("X-Access-Purpose"));

        Response full = read("officer-1", "safety-officer", id, VISIT_PURPOSE);
        full.then().statusCode(200).body("masked", equalTo(false)).body("name", equalTo("张三丰"))
                .body("residentId", equalTo(residentId)).body("phone", equalTo(phone))
                .body("address", equalTo("八月湖路12号3栋201室")).body("guardian.name", equalTo("李秀英"));

        Response audit = as("street-admin").get("/api/safety/audit?keyPersonId=" + id + "&from=2025-08-01&to=2025-08-01");
        audit.then().statusCode(200).body("total", equalTo(5))
                .body("items.action", hasItems("REGISTER", "READ"));
        List<Map<String, Object>> entries = audit.path("items");
        assertThat(entries).extracting(e -> e.get("recordKind")).containsOnly("KeyPerson");
        assertThat(entries).extracting(e -> e.get("recordId")).containsOnly(id);
        as("street-admin").get("/api/safety/audit?recordKind=KeyPerson&recordId=" + id).then().statusCode(200)
                .body("total", equalTo(5));
        Map<String, Object> unmasked = entries.stream().filter(e -> "走访".equals(e.get("purpose"))
                && "officer-1".equals(e.get("actor"))).findFirst().orElseThrow();
        assertThat(unmasked.get("action")).isEqualTo("READ");
        assertThat(unmasked.get("masked")).isEqualTo(false);
        assertThat((List<String>) unmasked.get("fields")).contains("name", "residentId", "phone", "address",
                "guardian.name", "guardian.phone");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("grid-1");
            assertThat(e.get("masked")).isEqualTo(true);
            assertThat(e.get("purpose")).isEqualTo("走访"); // stated, audited, but no grid worker unmasks
            assertThat((List<?>) e.get("fields")).isEmpty();
        });
        as("street-admin").get("/api/safety/audit?actor=officer-1&keyPersonId=" + id).then().statusCode(200)
                .body("total", equalTo(2));
        as("street-admin").get("/api/safety/audit?keyPersonId=" + id + "&from=2025-08-02").then().statusCode(200)
                .body("total", equalTo(0));
        as("street-admin").get("/api/safety/audit?from=2025-08-02&to=2025-08-01").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        as("safety-officer").get("/api/safety/audit?keyPersonId=" + id).then().statusCode(403);
        asGridWorker("grid-1", grid).get("/api/safety/audit").then().statusCode(403);
    }

    @Test
    void anExportIsMaskedUnlessAnOfficerStatesAPurposeAndEveryExportedRecordIsAudited() {
        String grid = grid();
        String residentId = residentId();
        String phone = phone();
        String id = registered(person("DRUG_USER", "陈一", residentId, phone, grid, "HIGH"));
        registered(person("COMMUNITY_CORRECTION", "陈二", residentId(), phone(), grid, "LOW"));

        Response masked = as("admin-2", "street-admin").get(PATH + "/export?gridCode=" + grid);
        masked.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("key-persons.csv"));
        String maskedCsv = masked.asString();
        assertThat(maskedCsv).startsWith("\uFEFFid,category,status,name,residentId,phone").contains("陈*")
                .contains(ResidentIdMask.of(residentId)).doesNotContain(residentId).doesNotContain(phone)
                .doesNotContain("陈一");
        assertThat(maskedCsv.lines().count()).isEqualTo(3);

        String full = as("officer-2", "safety-officer").header("X-Access-Purpose", "%E5%B9%B4%E5%BA%A6%E6%A0%B8%E6%9F%A5")
                .get(PATH + "/export?gridCode=" + grid + "&category=DRUG_USER").then().statusCode(200).extract()
                .asString();
        assertThat(full).contains(id).contains("陈一").contains(residentId).contains(phone).doesNotContain("陈二");
        asGridWorker("grid-1", grid).get(PATH + "/export?gridCode=" + grid).then().statusCode(403);
        as("street-admin").get(PATH + "/export?gridCode=12").then().statusCode(400)
                .body("errors.field", hasItem("gridCode"));

        Response audit = as("street-admin").get("/api/safety/audit?keyPersonId=" + id + "&actor=officer-2");
        audit.then().statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("EXPORT"))
                .body("items[0].purpose", equalTo("年度核查")).body("items[0].masked", equalTo(false));
        as("street-admin").get("/api/safety/audit?keyPersonId=" + id + "&actor=admin-2").then().statusCode(200)
                .body("items[0].action", equalTo("EXPORT")).body("items[0].masked", equalTo(true))
                .body("items[0].fields.size()", equalTo(0));
    }

    /** The kernel's mask of an identity number, spelled out: the first 3 and last 4 characters. */
    static final class ResidentIdMask {
        static String of(String id) {
            return id.substring(0, 3) + "*".repeat(11) + id.substring(14);
        }
    }

    @Test
    void aResidentIdIsFoundByItsKeyedHashAndEverySearchIsAudited() {
        String grid = grid();
        String residentId = residentId();
        String id = registered(person("DRUG_USER", "钱七", residentId, phone(), grid, "HIGH"));
        String searcher = "searcher-" + UUID.randomUUID();

        as(searcher, "safety-officer").header("X-Access-Purpose", "%E6%A0%B8%E6%9F%A5").contentType("application/json")
                .body(Map.of("residentId", residentId.toLowerCase())).post(PATH + "/search").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(id)).body("[0].name", equalTo("钱七"));
        asGridWorker(searcher, grid).contentType("application/json").body(Map.of("residentId", residentId))
                .post(PATH + "/search").then().statusCode(200).body("[0].name", equalTo("钱*"));
        String nobody = residentId();
        as(searcher, "safety-officer").contentType("application/json").body(Map.of("residentId", nobody))
                .post(PATH + "/search").then().statusCode(200).body("size()", equalTo(0));
        Response invalid = as(searcher, "safety-officer").contentType("application/json")
                .body(Map.of("residentId", "123456")).post(PATH + "/search");
        invalid.then().statusCode(400).body("errors.field", hasItem("residentId"));
        assertThat(invalid.asString()).doesNotContain("123456");
        as(searcher, "leader").contentType("application/json").body(Map.of("residentId", residentId))
                .post(PATH + "/search").then().statusCode(403);

        Response audit = as("street-admin").get("/api/safety/audit?actor=" + searcher);
        audit.then().statusCode(200).body("total", equalTo(3)).body("items.action", equalTo(List.of("SEARCH",
                "SEARCH", "SEARCH")));
        List<Map<String, Object>> entries = audit.path("items");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("keyPersonId")).isNull();
            assertThat(e.get("detail")).isEqualTo("no record found");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("keyPersonId")).isEqualTo(id);
            assertThat(e.get("purpose")).isEqualTo("核查");
            assertThat(e.get("masked")).isEqualTo(false);
        });
        assertThat(audit.asString()).doesNotContain(residentId).doesNotContain(nobody);
    }

    @Test
    void noPersonalValueIsStoredInPlaintextInTheRecordTheVisitsTheHistoryTheAuditOrTheOutbox() throws SQLException {
        String grid = grid();
        String name = "孙悟空" + ThreadLocalRandom.current().nextInt(1000);
        String residentId = residentId();
        String phone = phone();
        Map<String, Object> body = person("SEVERE_MENTAL_DISORDER", name, residentId, phone, grid, "MEDIUM");
        String id = registered(body);
        read("officer-1", "safety-officer", id, VISIT_PURPOSE).then().statusCode(200).body("name", equalTo(name));
        as("officer-1", "safety-officer").contentType("application/json").body(Map.of("residentId", residentId))
                .post(PATH + "/search").then().statusCode(200).body("size()", equalTo(1));
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-08-01",
                "officer", "网格员小李", "kind", "HOME_VISIT", "finding", "情绪稳定按时服药" + name))
                .post(PATH + "/" + id + "/visits").then().statusCode(201).body("finding", equalTo("****"));

        List<String> stored = new ArrayList<>();
        stored.addAll(rows("select * from key_person where id = ?", UUID.fromString(id)));
        stored.addAll(rows("select * from key_person_visit where key_person_id = ?", UUID.fromString(id)));
        stored.addAll(rows("select * from access_audit where key_person_id = ?", UUID.fromString(id)));
        stored.addAll(rows("select * from lifecycle_step where record_id = ?", id));
        assertThat(stored).hasSizeGreaterThanOrEqualTo(1 + 1 + 4 + 1);
        List<String> secrets = List.of(name, residentId, residentId.substring(6, 14) + residentId.substring(14), phone,
                "八月湖路12号", "李秀英", "13900002222", "情绪稳定");
        for (String row : stored) {
            for (String secret : secrets) {
                assertThat(row).doesNotContain(secret);
            }
        }
        assertThat(stored.get(0)).contains("name_cipher=A").contains("key_id=" + keys.primaryKeyId());
        List<String> outbox = rows("select payload::text from outbox_event");
        for (String secret : secrets) {
            assertThat(outbox).noneMatch(row -> row.contains(secret));
        }
    }

    @Test
    void aChangeNeedsTheCurrentETagAndKeepsTheCategory() {
        String grid = grid();
        Map<String, Object> body = person("COMMUNITY_CORRECTION", "周八", residentId(), phone(), grid, "LOW");
        Response created = register(body);
        String id = created.path("id");
        String etag = created.header("ETag");

        body.put("riskLevel", "HIGH");
        body.put("name", "周八八");
        as("safety-officer").contentType("application/json").body(body).put(PATH + "/" + id).then().statusCode(428);
        asGridWorker("grid-1", grid).contentType("application/json").header("If-Match", etag).body(body).put(PATH + "/" + id)
                .then().statusCode(403);
        Response changed = as("safety-officer").contentType("application/json").header("If-Match", etag)
                .header("X-Access-Purpose", VISIT_PURPOSE).body(body).put(PATH + "/" + id);
        changed.then().statusCode(200).body("riskLevel", equalTo("HIGH")).body("name", equalTo("周八八"));
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        as("safety-officer").contentType("application/json").header("If-Match", etag).body(body).put(PATH + "/" + id)
                .then().statusCode(412);
        body.put("category", "DRUG_USER");
        body.put("controlStatus", "COMMUNITY_DETOX");
        as("safety-officer").contentType("application/json").header("If-Match", changed.header("ETag")).body(body)
                .put(PATH + "/" + id).then().statusCode(400).body("errors.field", hasItem("category"));
        as("safety-officer").contentType("application/json").header("If-Match", changed.header("ETag"))
                .body(body).put(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void afterARotationOldRowsStillReadAndReEncryptionPutsThemUnderTheNewKey() throws SQLException {
        String grid = grid();
        String residentId = residentId();
        String phone = phone();
        Response created = register(person("DRUG_USER", "吴九", residentId, phone, grid, "LOW"));
        String id = created.path("id");
        String etag = created.header("ETag");
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-07-30", "officer", "小李",
                "kind", "PHONE", "finding", "已复查尿检阴性")).post(PATH + "/" + id + "/visits").then().statusCode(201);
        long first = keys.primaryKeyId();
        assertThat(rows("select key_id from key_person where id = ?", UUID.fromString(id)).get(0))
                .contains("key_id=" + first);

        // a new key becomes the primary of both key sets; the old keys stay to read what they wrote
        KeysetHandle aead = Keysets.withNewKey(keys.aeadKeyset(), Keysets.AEAD);
        KeysetHandle search = Keysets.withNewKey(keys.searchKeyset(), Keysets.SEARCH);
        long second = newKey(aead, first);
        keys.use(Keysets.withPrimary(aead, second), Keysets.withPrimary(search, newKey(search,
                Keysets.primaryId(keys.searchKeyset()))));

        read("officer-1", "safety-officer", id, VISIT_PURPOSE).then().statusCode(200).body("name", equalTo("吴九"))
                .body("phone", equalTo(phone));
        as("safety-officer").contentType("application/json").body(Map.of("residentId", residentId))
                .post(PATH + "/search").then().statusCode(200).body("[0].id", equalTo(id));

        as("safety-officer").post(PATH + "/re-encryption").then().statusCode(403);
        Response run = as("admin-1", "street-admin").post(PATH + "/re-encryption");
        run.then().statusCode(200).body("unreadable", equalTo(0));
        assertThat(run.<Number>path("primaryKeyId").longValue()).isEqualTo(second);
        assertThat(run.<Integer>path("reEncrypted")).isGreaterThanOrEqualTo(2);
        String row = rows("select key_id, name_cipher, resident_id_hash from key_person where id = ?",
                UUID.fromString(id)).get(0);
        assertThat(row).contains("key_id=" + second);
        assertThat(rows("select key_id from key_person_visit where key_person_id = ?", UUID.fromString(id)).get(0))
                .contains("key_id=" + second);
        as("admin-1", "street-admin").post(PATH + "/re-encryption").then().statusCode(200)
                .body("reEncrypted", equalTo(0));

        // the old keys can go now: everything reads under the new ones, and the ETag did not move
        keys.use(Keysets.without(keys.aeadKeyset(), first), Keysets.without(keys.searchKeyset(),
                otherKey(keys.searchKeyset())));
        Response after = read("officer-1", "safety-officer", id, VISIT_PURPOSE);
        after.then().statusCode(200).body("residentId", equalTo(residentId)).body("phone", equalTo(phone));
        assertThat(after.header("ETag")).isEqualTo(etag);
        assertThat(KeyPersonKeys.keyIdOf(row.split("name_cipher=")[1].split(" ")[0])).isEqualTo(second);
        as("officer-1", "safety-officer").header("X-Access-Purpose", VISIT_PURPOSE).get(PATH + "/" + id + "/visits")
                .then().statusCode(200).body("[0].finding", equalTo("已复查尿检阴性"));
        as("safety-officer").contentType("application/json").body(Map.of("residentId", residentId))
                .post(PATH + "/search").then().statusCode(200).body("[0].id", equalTo(id));
        as("street-admin").get("/api/safety/audit?actor=admin-1").then().statusCode(200)
                .body("items.action", hasItem("RE_ENCRYPT"));
    }

    static long newKey(KeysetHandle keyset, long old) {
        return Keysets.describe(keyset).stream().map(l -> Long.parseLong(l.split(" ")[0])).filter(k -> k != old)
                .reduce((a, b) -> b).orElseThrow();
    }

    static long otherKey(KeysetHandle keyset) {
        return newKey(keyset, Keysets.primaryId(keyset));
    }

    @Test
    void theVisitsDueFollowCategoryAndRiskLevel() {
        String grid = grid();
        // registered on 2025-08-01; a high-risk patient is due weekly, a low-risk drug user quarterly
        String patient = registered(person("SEVERE_MENTAL_DISORDER", "郑一", residentId(), phone(), grid, "HIGH"));
        String drugs = registered(person("DRUG_USER", "郑二", residentId(), phone(), grid, "LOW"));
        String correction = registered(person("COMMUNITY_CORRECTION", "郑三", residentId(), phone(), grid, "MEDIUM"));
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-08-01", "officer", "小李",
                "kind", "HOME_VISIT", "finding", "在家")).post(PATH + "/" + correction + "/visits").then()
                .statusCode(201).body("keyPersonId", equalTo(correction));
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-08-02", "officer", "小李",
                "kind", "HOME_VISIT", "finding", "在家")).post(PATH + "/" + correction + "/visits").then()
                .statusCode(400).body("errors.field", hasItem("visitedOn"));
        as("street-admin").contentType("application/json").body(Map.of("visitedOn", "2025-08-01", "officer", "小李",
                "kind", "HOME_VISIT", "finding", "在家")).post(PATH + "/" + correction + "/visits").then()
                .statusCode(403);
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-08-01", "officer", "小李",
                "kind", "BY_LETTER", "finding", "在家")).post(PATH + "/" + correction + "/visits").then()
                .statusCode(400);

        asGridWorker("grid-1", grid).get(PATH + "/visits/overdue?gridCode=" + grid).then().statusCode(200)
                .body("total", equalTo(0));

        time.useClock(Clock.fixed(Instant.parse("2025-08-16T02:00:00Z"), time.zone()));
        Response due = asGridWorker("grid-1", grid).get(PATH + "/visits/overdue?gridCode=" + grid);
        due.then().statusCode(200).body("total", equalTo(2))
                .body("items[0].keyPersonId", equalTo(patient)).body("items[0].dueOn", equalTo("2025-08-08"))
                .body("items[0].daysOverdue", equalTo(8)).body("items[0].lastVisitOn", nullValue())
                .body("items[0].name", equalTo("郑*")).body("items[0].intervalDays", equalTo(7))
                .body("items[1].keyPersonId", equalTo(correction)).body("items[1].lastVisitOn", equalTo("2025-08-01"))
                .body("items[1].dueOn", equalTo("2025-08-15")).body("items[1].daysOverdue", equalTo(1))
                .body("items.keyPersonId", not(hasItem(drugs)));
        as("leader").get(PATH + "/visits/overdue").then().statusCode(403);

        // a visit today takes the patient off the list; a visit on time counts for the statistics
        as("safety-officer").contentType("application/json").body(Map.of("visitedOn", "2025-08-16", "officer", "王警官",
                "kind", "TALK", "finding", "情绪平稳")).post(PATH + "/" + patient + "/visits").then().statusCode(201);
        asGridWorker("grid-1", grid).get(PATH + "/visits/overdue?gridCode=" + grid).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].keyPersonId", equalTo(correction));
        KeyPersonStatistics.VisitsOnTime onTime = statistics.visitsOnTime(LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 16));
        assertThat(onTime.visits()).isGreaterThanOrEqualTo(2);
        assertThat(onTime.onTime()).isLessThan(onTime.visits());
    }

    @Test
    void closureEndsSupervisionAndTheRetentionJobErasesThePersonalFieldsButTheCountsStay() throws SQLException {
        String grid = grid();
        String residentId = residentId();
        Response created = register(person("COMMUNITY_CORRECTION", "冯十", residentId, phone(), grid, "LOW"));
        String id = created.path("id");
        String etag = created.header("ETag");
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-08-01", "officer", "小李",
                "kind", "TALK", "finding", "按时报到")).post(PATH + "/" + id + "/visits").then().statusCode(201);
        Map<KeyPersonCategory, Long> before = statistics.underSupervision(LocalDate.of(2025, 8, 1));

        asGridWorker("grid-1", grid).contentType("application/json").header("If-Match", etag).body(Map.of("reason", "TERM_ENDED"))
                .post(PATH + "/" + id + "/closure").then().statusCode(403);
        as("safety-officer").contentType("application/json").body(Map.of("reason", "TERM_ENDED"))
                .post(PATH + "/" + id + "/closure").then().statusCode(428);
        as("safety-officer").contentType("application/json").header("If-Match", etag).body(Map.of("reason", "GONE"))
                .post(PATH + "/" + id + "/closure").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("safety-officer").contentType("application/json").header("If-Match", etag).body(Map.of("reason", "OTHER"))
                .post(PATH + "/" + id + "/closure").then().statusCode(400).body("errors.field", hasItem("note"));
        Response closed = as("safety-officer").contentType("application/json").header("If-Match", etag)
                .body(Map.of("reason", "TERM_ENDED")).post(PATH + "/" + id + "/closure");
        closed.then().statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo("2025-08-01"))
                .body("closureReason", equalTo("TERM_ENDED")).body("allowedSteps.size()", equalTo(0))
                .body("history.step", equalTo(List.of("REGISTER", "CLOSE")));
        as("safety-officer").contentType("application/json").header("If-Match", etag)
                .body(Map.of("reason", "TERM_ENDED")).post(PATH + "/" + id + "/closure").then().statusCode(412);
        as("safety-officer").contentType("application/json").header("If-Match", closed.header("ETag"))
                .body(Map.of("reason", "TERM_ENDED")).post(PATH + "/" + id + "/closure").then().statusCode(409)
                .body("currentState", equalTo("CLOSED"));
        asGridWorker("grid-1", grid).contentType("application/json").body(Map.of("visitedOn", "2025-08-01", "officer", "小李",
                "kind", "TALK", "finding", "x")).post(PATH + "/" + id + "/visits").then().statusCode(409);
        as("safety-officer").contentType("application/json").body(Map.of("reason", "TERM_ENDED"))
                .header("If-Match", "\"0\"").post(PATH + "/" + UUID.randomUUID() + "/closure").then().statusCode(404);

        // within the retention period nothing is erased
        time.useClock(Clock.fixed(Instant.parse("2026-07-31T02:00:00Z"), time.zone()));
        erasure.sweep();
        read("officer-1", "safety-officer", id, VISIT_PURPOSE).then().body("status", equalTo("CLOSED"))
                .body("name", equalTo("冯十"));

        // a year and a day after closure the personal fields are gone; category, grid and dates stay
        time.useClock(Clock.fixed(Instant.parse("2026-08-02T02:00:00Z"), time.zone()));
        erasure.sweep();
        read("officer-1", "safety-officer", id, VISIT_PURPOSE).then().statusCode(200)
                .body("status", equalTo("ERASED")).body("erasedOn", equalTo("2026-08-02"))
                .body("name", nullValue()).body("residentId", nullValue()).body("phone", nullValue())
                .body("category", equalTo("COMMUNITY_CORRECTION")).body("gridCode", equalTo(grid))
                .body("registeredOn", equalTo("2025-08-01")).body("closedOn", equalTo("2025-08-01"))
                .body("history.step", equalTo(List.of("REGISTER", "CLOSE", "ERASE")));
        String row = rows("select * from key_person where id = ?", UUID.fromString(id)).get(0);
        assertThat(row).contains("name_cipher=null").contains("resident_id_cipher=null")
                .contains("resident_id_hash=null").contains("phone_cipher=null").contains("key_id=null");
        assertThat(rows("select finding_cipher from key_person_visit where key_person_id = ?", UUID.fromString(id)))
                .containsExactly("finding_cipher=null ");
        as("safety-officer").contentType("application/json").body(Map.of("residentId", residentId))
                .post(PATH + "/search").then().statusCode(200).body("size()", equalTo(0));
        as("street-admin").get("/api/safety/audit?keyPersonId=" + id).then().statusCode(200)
                .body("items.action", hasItems("CLOSE", "ERASE"));

        // closed on 2025-08-01: no longer counted under supervision as of that day
        assertThat(statistics.underSupervision(LocalDate.of(2025, 8, 1)).get(KeyPersonCategory.COMMUNITY_CORRECTION))
                .isEqualTo(before.get(KeyPersonCategory.COMMUNITY_CORRECTION) - 1);
    }
}

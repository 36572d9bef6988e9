package cn.jiedao.economy.census;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.economy.CreditCodes;
import cn.jiedao.economy.unit.UnitEvents;
import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class CensusImportTest {

    private static final String ENGLISH = "recordType,registerCode,creditCode,name,industryCode,divisionCode,address,"
            + "licensed,digitalEconomy,largeIndividual,revenue,employees,gridCode\n";
    private static final String CHINESE = "单位类型,普查登记码,统一社会信用代码,单位名称,行业代码,区划代码,详细地址,"
            + "是否有证照,是否数字经济单位,是否大个体,营业收入(万元),从业人员(人)\n";
    /** Register codes of this run: a prefix no earlier run used, then a counter. */
    private static final String RUN = "T" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static String register() {
        return RUN + NEXT.incrementAndGet();
    }

    /** Imports and waits for the job to end (it runs asynchronously); answers the finished job. */
    private static JsonPath importAndWait(byte[] csv, String contentType, String query) {
        String id = as("census-platform").contentType(contentType).body(csv)
                .when().post("/api/economy/census/imports" + query)
                .then().statusCode(202).body("status", equalTo("RUNNING"))
                .header("Location", startsWith("http")).extract().path("id");
        return finished(id);
    }

    /** Waits for the import {@code id} to end; answers the finished job. */
    private static JsonPath finished(String id) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(as("census-platform").get("/api/economy/census/imports/" + id).path("status")));
        return as("economy-officer").get("/api/economy/census/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath summary() {
        return as("leader").when().get("/api/economy/census/summary").then().statusCode(200).extract().jsonPath();
    }

    private static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = CensusImport.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** The summary the bare count of census_unit gives, field by field. */
    private static Map<String, Long> counted() {
        Object[] r = QuarkusTransaction.requiringNew().call(() -> (Object[]) CensusImport.getEntityManager()
                .createNativeQuery("""
                        select count(*) filter (where record_type in (1, 2)), count(*) filter (where record_type = 3),
                               count(*) filter (where record_type = 3 and not licensed),
                               count(*) filter (where record_type in (1, 2) and digital_economy),
                               count(*) filter (where record_type = 3 and large_individual),
                               count(*) filter (where record_type = 3 and left(industry_code, 2) in ('61', '62'))
                        from census_unit""").getSingleResult());
        String[] names = {"unitsChecked", "individualBusinesses", "unlicensedIndividualBusinesses",
                "digitalEconomyUnits", "largeIndividualBusinesses", "accommodationCateringIndividualBusinesses"};
        Map<String, Long> figures = new java.util.TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            figures.put(names[i], ((Number) r[i]).longValue());
        }
        return figures;
    }

    private static Map<String, Long> summaryFigures() {
        JsonPath summary = summary();
        Map<String, Long> figures = new java.util.TreeMap<>();
        counted().keySet().forEach(name -> figures.put(name, summary.getLong(name)));
        return figures;
    }

    /** The summary is read from counts kept by V45's triggers: they follow imports, updates and deletes. */
    @Test
    void theKeptSummaryEqualsCountingTheUnitsAfterImportsUpdatesAndDeletes() {
        StringBuilder csv = new StringBuilder(ENGLISH);
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String code = register();
            codes.add(code);
            csv.append(i % 3 == 0 ? 1 : 3).append(',').append(code).append(',')
                    .append(i % 3 == 0 ? CreditCodes.enterprise() : "").append(",单位").append(i).append(',')
                    .append(i % 4 == 0 ? "6210" : "5211").append(",360121001001,地址,").append(i % 2).append(',')
                    .append(i % 5 == 0 ? 1 : 0).append(',').append(i % 7 == 0 ? 1 : 0).append(",1.5,3,\n");
        }
        assertThat(importAndWait(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "").getString("status"))
                .isEqualTo("COMPLETED");
        assertThat(summaryFigures()).as("after an import").isEqualTo(counted());

        // the same units again, a third of them changed (industry, licence): updates through the upsert
        StringBuilder changed = new StringBuilder(ENGLISH);
        for (int i = 0; i < 300; i++) {
            changed.append(i % 3 == 0 ? 1 : 3).append(',').append(codes.get(i)).append(",,单位").append(i).append(',')
                    .append(i % 3 == 1 ? "6110" : i % 4 == 0 ? "6210" : "5211").append(",360121001001,地址,")
                    .append(i % 3 == 1 ? 0 : i % 2).append(',').append(i % 5 == 0 ? 1 : 0).append(',')
                    .append(i % 7 == 0 ? 1 : 0).append(",1.5,3,\n");
        }
        JsonPath second = importAndWait(changed.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "");
        assertThat(second.getInt("rowsUpdated")).isPositive();
        assertThat(summaryFigures()).as("after a re-import with changes").isEqualTo(counted());

        QuarkusTransaction.requiringNew().run(() -> {
            var em = CensusImport.getEntityManager();
            em.createNativeQuery("update census_unit set large_individual = not large_individual where record_type = 3"
                    + " and register_code = any(?1)")
                    .setParameter(1, codes.subList(0, 50).toArray(String[]::new)).executeUpdate();
            em.createNativeQuery("delete from census_unit where register_code = any(?1)")
                    .setParameter(1, codes.subList(250, 300).toArray(String[]::new)).executeUpdate();
        });
        assertThat(summaryFigures()).as("after updates and deletes").isEqualTo(counted());
    }

    @Test
    void aFileWithTheReportsCountsGivesBackExactlyTheReportsFiguresAndReImportingChangesNothing() {
        StringBuilder csv = new StringBuilder(ENGLISH);
        // 3931 legal entities and establishments, 326 of them digital-economy units
        for (int i = 0; i < 3931; i++) {
            csv.append(i < 3000 ? 1 : 2).append(',').append(register()).append(',')
                    .append(i < 3000 ? CreditCodes.enterprise() : "").append(",单位").append(i).append(",5211,360121001001,地址,1,")
                    .append(i < 326 ? 1 : 0).append(",0,100.5,12,\n");
        }
        // 11699 individual businesses: 5480 unlicensed, 225 large, 1698 accommodation or catering
        for (int i = 0; i < 11699; i++) {
            csv.append("3,").append(register()).append(",,个体户").append(i).append(',')
                    .append(i < 1698 ? (i % 2 == 0 ? "6210" : "6110") : "5212").append(",360121001002,夜市,")
                    .append(i >= 11699 - 5480 ? 0 : 1).append(",0,").append(i >= 1000 && i < 1225 ? 1 : 0)
                    .append(",,1,360121001002003\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long eventsBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic", UnitEvents.TOPIC));
        JsonPath before = summary();

        JsonPath first = importAndWait(file, "text/csv", "?fileName=qingcha.csv");
        assertThat(first.getString("status")).as("job error: %s", first.getString("error")).isEqualTo("COMPLETED");
        assertThat(first.getInt("rowsRead")).isEqualTo(15630);
        assertThat(first.getInt("rowsAccepted")).isEqualTo(15630);
        assertThat(first.getInt("rowsRejected")).isZero();
        assertThat(first.getInt("rowsInserted")).isEqualTo(15630);
        assertThat(first.getInt("eventsPublished")).isEqualTo(1698);
        assertThat(first.getString("charset")).isEqualTo("UTF-8");

        // the file's own units are what the figures grew by, whatever other units are stored
        JsonPath after = summary();
        Map<String, Long> report = Map.of("unitsChecked", 3931L, "individualBusinesses", 11699L,
                "unlicensedIndividualBusinesses", 5480L, "digitalEconomyUnits", 326L, "largeIndividualBusinesses", 225L,
                "accommodationCateringIndividualBusinesses", 1698L);
        report.forEach((figure, expected) -> assertThat(after.getLong(figure) - before.getLong(figure))
                .as(figure).isEqualTo(expected));

        JsonPath again = importAndWait(file, "text/csv", "");
        assertThat(again.getInt("rowsUnchanged")).isEqualTo(15630);
        assertThat(again.getInt("rowsInserted")).isZero();
        assertThat(again.getInt("rowsUpdated")).isZero();
        assertThat(again.getInt("eventsPublished")).isZero();
        long eventsAfter = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic", UnitEvents.TOPIC));
        assertThat(eventsAfter - eventsBefore).as("events only for new 61/62 units, once").isEqualTo(1698);
        assertThat(count("select count(*) from census_unit where import_id = ?1",
                java.util.UUID.fromString(first.getString("id")))).isEqualTo(15630);
        assertThat(count("select count(*) from census_unit where register_code like ?1", RUN + "%"))
                .as("this run's units").isGreaterThanOrEqualTo(15630);

        // an export imports again without changing anything
        long stored = count("select count(*) from census_unit");
        byte[] exported = as("census-platform").queryParam("format", "csv").when()
                .get("/api/economy/census/units/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        JsonPath roundTrip = importAndWait(exported, "text/csv", "");
        assertThat(roundTrip.getInt("rowsRead")).as("every stored unit, this file's among them (job %s)",
                roundTrip.prettify()).isEqualTo(stored)
                .isGreaterThanOrEqualTo(15630);
        assertThat(roundTrip.getInt("rowsUnchanged")).isEqualTo(stored);
    }

    @Test
    void aGb18030FileWithChineseHeadersIsDetectedRejectsBadRowsWithReasonsAndAnnouncesTheNewRestaurant()
            throws Exception {
        String restaurant = CreditCodes.enterprise();
        String shop = CreditCodes.enterprise();
        String csv = CHINESE
                + "1," + register() + "," + restaurant + ",八月湖小炒馆,6210,360121001001,中悦广场B1,是,否,否,320,15\n"
                + "1," + register() + "," + shop + ",聚仁城超市,5211,360121001001,聚仁城,是,否,否,80,6\n"
                + "4," + register() + ",,无效类型,5211,360121001001,某处,是,否,否,1,1\n"
                + "3," + register() + ",913601210000000001,坏代码,6210,360121001001,某处,是,否,否,1,1\n"
                + "3,,,短行\n";
        JsonPath job = importAndWait(csv.getBytes(Charset.forName("GB18030")), "text/csv", "");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getString("charset")).isEqualTo("GB18030");
        assertThat(job.getInt("rowsRead")).isEqualTo(5);
        assertThat(job.getInt("rowsAccepted")).isEqualTo(2);
        assertThat(job.getInt("rowsRejected")).isEqualTo(3);
        assertThat(job.getList("rejectedRows.line", Integer.class)).containsExactly(4, 5, 6);
        assertThat(job.getString("rejectedRows[0].reason")).startsWith("recordType: must be 1");
        assertThat(job.getString("rejectedRows[1].reason")).startsWith("creditCode:");
        assertThat(job.getString("rejectedRows[2].reason")).isEqualTo("the record has 4 fields, the header 12");
        assertThat(job.getInt("eventsPublished")).isEqualTo(1);
        as("economy-officer").queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/economy/census/imports/" + job.getString("id") + "/rejections").then()
                .statusCode(200).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.line", equalTo(List.of(6))).body("items[0].reason", startsWith("the record has 4"));
        as("economy-officer").queryParam("size", 0)
                .when().get("/api/economy/census/imports/" + job.getString("id") + "/rejections").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("size")));

        List<ConsumerRecord<String, String>> seen = KafkaTopics.readUntil(UnitEvents.TOPIC,
                r -> restaurant.equals(r.key()), Duration.ofSeconds(30));
        JsonNode data = new ObjectMapper().readTree(seen.get(seen.size() - 1).value()).get("data");
        assertThat(data.get("source").asText()).isEqualTo("CENSUS");
        assertThat(data.get("name").asText()).isEqualTo("八月湖小炒馆");
        assertThat(data.get("address").asText()).isEqualTo("中悦广场B1");
        assertThat(data.get("industryCode").asText()).isEqualTo("6210");
        assertThat(data.get("recordType").asText()).isEqualTo("LEGAL_ENTITY");
        assertThat(seen).noneMatch(r -> shop.equals(r.key()));
    }

    @Test
    void aFileWithoutTheRequiredColumnsFailsAndSaysWhich() {
        JsonPath job = importAndWait("单位类型,单位名称\n1,某单位\n".getBytes(StandardCharsets.UTF_8), "text/csv",
                "?charset=UTF-8");
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("error")).contains("registerCode (普查登记码)");
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameJobAndAnotherFileUnderItIsRefused() {
        byte[] csv = (ENGLISH + "3," + register() + ",,张记面馆,6220,360121001001,象北,1,0,0,,2,\n")
                .getBytes(StandardCharsets.UTF_8);
        String key = "batch-" + register();
        var first = as("census-platform").contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .when().post("/api/economy/census/imports").then().statusCode(202)
                .header("Idempotent-Replayed", nullValue()).extract();
        String id = first.path("id");
        assertThat(finished(id).getString("status")).isEqualTo("COMPLETED");
        as("census-platform").contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .when().post("/api/economy/census/imports").then().statusCode(202)
                .header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(id)).body("status", equalTo("COMPLETED")).body("rowsInserted", equalTo(1));
        byte[] other = (ENGLISH + "3," + register() + ",,李记粉店,6220,360121001001,象北,1,0,0,,2,\n")
                .getBytes(StandardCharsets.UTF_8);
        as("census-platform").contentType("text/csv").header("Idempotency-Key", key).body(other)
                .when().post("/api/economy/census/imports").then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(count("select count(*) from census_import where id = ?1", java.util.UUID.fromString(id)))
                .isEqualTo(1);
        as("census-platform").contentType("text/csv").header("Idempotency-Key", "x".repeat(101)).body(csv)
                .when().post("/api/economy/census/imports").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void twoIdenticalUploadsAtTheSameMomentCreateOneImportAndBothAnswerIt() throws Exception {
        String register = register();
        byte[] csv = (ENGLISH + "3," + register + ",,王记早点,6220,360121001001,象北,1,0,0,,2,\n")
                .getBytes(StandardCharsets.UTF_8);
        String key = "batch-" + register;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<io.restassured.response.Response> upload = () -> {
                start.await();
                return as("census-platform").contentType("text/csv").header("Idempotency-Key", key).body(csv)
                        .when().post("/api/economy/census/imports");
            };
            Future<io.restassured.response.Response> one = pool.submit(upload);
            Future<io.restassured.response.Response> two = pool.submit(upload);
            start.countDown();
            var answers = List.of(one.get(1, TimeUnit.MINUTES), two.get(1, TimeUnit.MINUTES));
            assertThat(answers).extracting(io.restassured.response.Response::statusCode).containsExactly(202, 202);
            assertThat(answers).extracting(a -> a.jsonPath().getString("id")).doesNotContainNull()
                    .containsOnly(answers.get(0).jsonPath().getString("id"));
            assertThat(answers).extracting(a -> a.header("Idempotent-Replayed"))
                    .containsExactlyInAnyOrder(null, "true");
            String id = answers.get(0).jsonPath().getString("id");
            assertThat(finished(id).getInt("rowsInserted")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from census_unit where register_code = ?1", register))
                .as("one import of the file").isEqualTo(1);
        assertThat(count("select count(*) from census_import i where exists (select 1 from census_unit u "
                + "where u.import_id = i.id and u.register_code = ?1)", register)).isEqualTo(1);
        assertThat(count("select count(*) from idempotency_key where scope = 'census-import' and idempotency_key = ?1",
                key)).isEqualTo(1);
    }

    @Test
    void theXlsxExportHasTheChineseHeaderAndEveryUnit() throws Exception {
        String register = register();
        importAndWait((ENGLISH + "2," + register + ",,某门店,5211,360121001001,芳草路,1,1,0,5,3,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", "");
        long units = count("select count(*) from census_unit");
        byte[] xlsx = as("economy-officer").queryParam("format", "xlsx").queryParam("headers", "zh")
                .when().get("/api/economy/census/units/export").then().statusCode(200)
                .contentType(CensusResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位类型");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("营业收入(万元)");
            assertThat(sheet.getLastRowNum()).isEqualTo(units);
            boolean found = false;
            for (var row : sheet) {
                found |= row.getCell(1) != null && register.equals(row.getCell(1).getStringCellValue());
            }
            assertThat(found).as("the unit just imported is in the export").isTrue();
        }
    }

    @Test
    void censusRolesAreEnforced() {
        as("leader").contentType("text/csv").body(ENGLISH).when().post("/api/economy/census/imports")
                .then().statusCode(403);
        as("county-system").when().get("/api/economy/census/units/export").then().statusCode(403);
        as("county-system").when().get("/api/economy/census/summary").then().statusCode(200);
        as("mediator").when().get("/api/economy/census/summary").then().statusCode(403);
        as("census-platform").when().get("/api/economy/census/imports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        as("census-platform").queryParam("charset", "latin1").contentType("text/csv").body(ENGLISH)
                .when().post("/api/economy/census/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("charset"));
    }
}

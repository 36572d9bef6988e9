package cn.jiedao.economy.census;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.economy.CreditCodes;
import cn.jiedao.economy.unit.UnitEvents;
import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    private static String register() {
        return "R" + NEXT.incrementAndGet();
    }

    /** Imports and waits for the job to end (it runs asynchronously); answers the finished job. */
    private static JsonPath importAndWait(byte[] csv, String contentType, String query) {
        String id = as("census-platform").contentType(contentType).body(csv)
                .when().post("/api/economy/census/imports" + query)
                .then().statusCode(202).body("status", equalTo("RUNNING"))
                .header("Location", startsWith("http")).extract().path("id");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(as("census-platform").get("/api/economy/census/imports/" + id).path("status")));
        return as("economy-officer").get("/api/economy/census/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aFileWithTheReportsCountsGivesBackExactlyTheReportsFiguresAndReImportingChangesNothing() {
        QuarkusTransaction.requiringNew().run(() ->
                CensusImport.getEntityManager().createNativeQuery("delete from census_unit").executeUpdate());
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

        JsonPath first = importAndWait(file, "text/csv", "?fileName=qingcha.csv");
        assertThat(first.getString("status")).as("job error: %s", first.getString("error")).isEqualTo("COMPLETED");
        assertThat(first.getInt("rowsRead")).isEqualTo(15630);
        assertThat(first.getInt("rowsAccepted")).isEqualTo(15630);
        assertThat(first.getInt("rowsRejected")).isZero();
        assertThat(first.getInt("rowsInserted")).isEqualTo(15630);
        assertThat(first.getInt("eventsPublished")).isEqualTo(1698);
        assertThat(first.getString("charset")).isEqualTo("UTF-8");

        as("leader").when().get("/api/economy/census/summary").then().statusCode(200)
                .body("unitsChecked", equalTo(3931)).body("individualBusinesses", equalTo(11699))
                .body("unlicensedIndividualBusinesses", equalTo(5480)).body("digitalEconomyUnits", equalTo(326))
                .body("largeIndividualBusinesses", equalTo(225))
                .body("accommodationCateringIndividualBusinesses", equalTo(1698));

        JsonPath again = importAndWait(file, "text/csv", "");
        assertThat(again.getInt("rowsUnchanged")).isEqualTo(15630);
        assertThat(again.getInt("rowsInserted")).isZero();
        assertThat(again.getInt("rowsUpdated")).isZero();
        assertThat(again.getInt("eventsPublished")).isZero();
        long eventsAfter = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic", UnitEvents.TOPIC));
        assertThat(eventsAfter - eventsBefore).as("events only for new 61/62 units, once").isEqualTo(1698);
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) CensusImport.getEntityManager()
                .createNativeQuery("select count(*) from census_unit").getSingleResult()).longValue());
        assertThat(stored).isEqualTo(15630);

        // an export imports again without changing anything
        byte[] exported = as("census-platform").queryParam("format", "csv").when()
                .get("/api/economy/census/units/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        JsonPath roundTrip = importAndWait(exported, "text/csv", "");
        assertThat(roundTrip.getInt("rowsRead")).isEqualTo(15630);
        assertThat(roundTrip.getInt("rowsUnchanged")).isEqualTo(15630);
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
    void theSameIdempotencyKeyAnswersTheSameJob() {
        byte[] csv = (ENGLISH + "3," + register() + ",,张记面馆,6220,360121001001,象北,1,0,0,,2,\n")
                .getBytes(StandardCharsets.UTF_8);
        String key = "batch-" + register();
        String first = as("census-platform").contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .when().post("/api/economy/census/imports").then().statusCode(202).extract().path("id");
        String second = as("census-platform").contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .when().post("/api/economy/census/imports").then().statusCode(202).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theXlsxExportHasTheChineseHeaderAndEveryUnit() throws Exception {
        importAndWait((ENGLISH + "2," + register() + ",,某门店,5211,360121001001,芳草路,1,1,0,5,3,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", "");
        long units = QuarkusTransaction.requiringNew().call(() -> ((Number) CensusImport.getEntityManager()
                .createNativeQuery("select count(*) from census_unit").getSingleResult()).longValue());
        byte[] xlsx = as("economy-officer").queryParam("format", "xlsx").queryParam("headers", "zh")
                .when().get("/api/economy/census/units/export").then().statusCode(200)
                .contentType(CensusResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位类型");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("营业收入(万元)");
            assertThat(sheet.getLastRowNum()).isEqualTo(units);
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

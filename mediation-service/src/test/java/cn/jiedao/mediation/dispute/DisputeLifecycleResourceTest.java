package cn.jiedao.mediation.dispute;

import static cn.jiedao.mediation.MediationApi.accept;
import static cn.jiedao.mediation.MediationApi.etag;
import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static cn.jiedao.mediation.MediationApi.room;
import static cn.jiedao.mediation.MediationApi.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.mediation.MediationApi;
import cn.jiedao.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import cn.jiedao.kernel.time.StreetTime;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class DisputeLifecycleResourceTest {

    /** The street's time stands still at 10:00 on Monday 3 June 2024 while these tests run. */
    static final Instant NOW = OffsetDateTime.parse("2024-06-03T10:00:00+08:00").toInstant();

    @Inject
    StreetTime streetTime;

    @BeforeEach
    void fixTheClock() {
        streetTime.useClock(Clock.fixed(NOW, streetTime.zone()));
    }

    @AfterEach
    void restoreTheClock() {
        streetTime.useSystemClock();
    }

    static final String WITH_PARTIES = """
            {"channel": "PEOPLES_BRIDGE", "category": "NEIGHBOR", "summary": "楼上漏水引发纠纷",
             "address": "幸福时光小区3栋", "gridCode": "360121001001001",
             "parties": [{"role": "APPLICANT", "name": "张三", "phone": "13800001234", "residentId": "11010519491231002X"},
                         {"role": "RESPONDENT", "name": "李四", "phone": "13900005678"}]}""";

    @Test
    void partiesPhoneAndResidentIdAreMaskedForEveryRoleButMediatorAndStreetAdmin() {
        String id = registerWalkIn(WITH_PARTIES);
        for (String role : List.of("mediator", "street-admin")) {
            as(role).when().get("/api/mediation/disputes/" + id)
                    .then().statusCode(200)
                    .body("parties[0].phone", equalTo("13800001234"))
                    .body("parties[0].residentId", equalTo("11010519491231002X"));
        }
        for (String role : List.of("leader", "grid-worker")) {
            as(role).when().get("/api/mediation/disputes/" + id)
                    .then().statusCode(200)
                    .body("parties[0].name", equalTo("张三"))
                    .body("parties[0].phone", equalTo("138****1234"))
                    .body("parties[0].residentId", equalTo("110***********002X"))
                    .body("parties[1].phone", equalTo("139****5678"));
            as(role).queryParam("gridCode", "360121001001001")
                    .queryParam("size", 200).when().get("/api/mediation/disputes")
                    .then().statusCode(200).body("items.parties.flatten().phone", not(hasItem("13800001234")));
        }
    }

    @Test
    void anInvalidResidentIdOrPhoneIsRejectedNamingTheField() {
        as("mediator").contentType("application/json")
                .body(WITH_PARTIES.replace("11010519491231002X", "110105194912310021").replace("13900005678", "12345"))
                .when().post("/api/mediation/disputes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("parties[0].residentId", "parties[1].phone"));
    }

    @Test
    void aDisputeGoesFromReceivedToClosedKeepingEveryStepAndItsDeadlines() throws Exception {
        MediationApi.Room room = room();
        String id = registerWalkIn(WITH_PARTIES);
        LocalDate today = streetTime.today();
        assertThat(today).isEqualTo(LocalDate.of(2024, 6, 3));
        as("mediator").when().get("/api/mediation/disputes/" + id)
                .then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("deadlines.acceptanceDue", equalTo(today.plusDays(3).toString()))
                .body("deadlines.overdue", equalTo(false));

        accept(id, room);
        as("street-admin").when()
                .get("/api/mediation/mediators/" + room.mediatorId()).then().statusCode(200)
                .body("openCaseload", equalTo(1)).body("specialities", contains("PROPERTY_MANAGEMENT", "NEIGHBOR"));

        step(id, "extension", "{\"extendedUntil\": \"" + today.plusDays(45) + "\", \"bothPartiesAgreed\": true}")
                .response().then().statusCode(200).body("deadlines.conclusionDue", equalTo(today.plusDays(45).toString()));

        step(id, "conclusion", """
                {"outcome": "RESOLVED", "summary": "双方达成书面协议",
                 "agreement": {"form": "WRITTEN", "obligations": "李四修复防水并赔偿1200元",
                               "performanceTerms": "十日内修复,赔偿款当场支付", "jointJudicialConfirmation": true}}""")
                .response().then().statusCode(200).body("status", equalTo("CONCLUDED"))
                .body("conclusion.outcome", equalTo("RESOLVED"))
                .body("conclusion.agreementForm", equalTo("WRITTEN"))
                .body("deadlines.judicialConfirmationDue", equalTo(today.plusDays(30).toString()));
        as("street-admin").when()
                .get("/api/mediation/mediators/" + room.mediatorId()).then().body("openCaseload", equalTo(0));

        step(id, "follow-up-visits", "{\"satisfaction\": 5, \"agreementPerformed\": true, \"note\": \"已修复\"}")
                .response().then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("history.action", contains("REGISTER", "ACCEPT", "EXTEND", "CONCLUDE", "FOLLOW_UP"))
                .body("history.toStatus", contains("RECEIVED", "ACCEPTED", "ACCEPTED", "CONCLUDED", "CLOSED"))
                .body("history[1].actor", equalTo("test-mediator"))
                .body("followUpVisits[0].satisfaction", equalTo(5))
                .body("followUpVisits[0].agreementPerformed", equalTo(true))
                .body("followUpVisits[0].visitor", equalTo("test-mediator"));

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("key = ?1 and type = ?2", id, "mediation.dispute.concluded"));
        assertThat(events).hasSize(1);
        JsonNode data = new ObjectMapper().readTree(events.get(0).payload).get("data");
        assertThat(data.get("category").asText()).isEqualTo("NEIGHBOR");
        assertThat(data.get("gridCode").asText()).isEqualTo("360121001001001");
        assertThat(data.get("outcome").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void theReportsRoomsExistAndARoomNameIsUnique() {
        as("leader").queryParam("size", 200)
                .when().get("/api/mediation/rooms").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItems("陈红调解室", "融调解中心", "人大代表联络站"));
        as("street-admin").contentType("application/json")
                .body("{\"name\": \"陈红调解室\"}").when().post("/api/mediation/rooms").then().statusCode(409);
        as("mediator").contentType("application/json")
                .body("{\"name\": \"新调解室\"}").when().post("/api/mediation/rooms").then().statusCode(403);
    }

    @Test
    void aChangeWithoutIfMatchIs428AndWithAStaleEtagIs412() {
        MediationApi.Room room = room();
        String id = registerWalkIn(WITH_PARTIES);
        String stale = etag(id);
        String body = "{\"roomId\": \"" + room.roomId() + "\", \"mediatorId\": \"" + room.mediatorId() + "\"}";
        as("mediator").contentType("application/json").body(body)
                .when().post("/api/mediation/disputes/" + id + "/acceptance")
                .then().statusCode(428).contentType("application/problem+json");
        accept(id, room);
        as("mediator").header("If-Match", stale)
                .contentType("application/json").body("{\"reason\": \"申请人撤回\"}")
                .when().post("/api/mediation/disputes/" + id + "/withdrawal")
                .then().statusCode(412).contentType("application/problem+json");
        as("mediator").when().get("/api/mediation/disputes/" + id)
                .then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anIllegalStepIs409AndChangesNothing() {
        String id = registerWalkIn(WITH_PARTIES);
        step(id, "follow-up-visits", "{\"satisfaction\": 4, \"agreementPerformed\": true}").response().then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("RECEIVED"))
                .body("currentState", equalTo("RECEIVED"))
                .body("allowedSteps", contains("ACCEPT", "WITHDRAW", "CLASSIFY"));
        step(id, "withdrawal", "{\"reason\": \"双方自行和解\"}").response().then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        step(id, "withdrawal", "{\"reason\": \"再次撤回\"}").response().then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN")).body("allowedSteps", org.hamcrest.Matchers.empty());
        as("mediator").when().get("/api/mediation/disputes/" + id)
                .then().body("history.action", contains("REGISTER", "WITHDRAW"));
    }

    @Test
    void onlyMediatorsAndStreetAdminsChangeDisputes() {
        String id = registerWalkIn(WITH_PARTIES);
        for (String role : List.of("grid-worker", "leader", "police-system")) {
            as(role).header("If-Match", etag(id))
                    .contentType("application/json").body("{\"reason\": \"撤回\"}")
                    .when().post("/api/mediation/disputes/" + id + "/withdrawal").then().statusCode(403);
        }
    }

    @Test
    void aDisputeNotAcceptedWithinThreeDaysIsListedAsOverdue() {
        OffsetDateTime fiveDaysAgo = streetTime.now().minusDays(5);
        String late = registerWalkIn("""
                {"channel": "HOTLINE_12345", "category": "CONSUMER", "summary": "预付卡退费",
                 "gridCode": "360121001009009", "receivedAt": "%s"}""".formatted(fiveDaysAgo));
        String fresh = registerWalkIn("""
                {"channel": "HOTLINE_12345", "category": "CONSUMER", "summary": "预付卡退费",
                 "gridCode": "360121001009009"}""");
        as("leader").queryParam("overdue", true)
                .queryParam("gridCode", "360121001009009").when().get("/api/mediation/disputes")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(late))
                .body("items[0].deadlines.overdue", equalTo(true));
        as("leader").queryParam("overdue", false)
                .queryParam("gridCode", "360121001009009").when().get("/api/mediation/disputes")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(fresh));
    }

    @Test
    void theListFiltersByStatusCategoryChannelAndPeriodAndPages() {
        String grid = "360121001008008";
        for (int i = 0; i < 3; i++) {
            registerWalkIn("{\"channel\": \"ROUND_TABLE\", \"category\": \"MARRIAGE_FAMILY\", \"summary\": \"婆媳矛盾\", \"gridCode\": \"" + grid + "\"}");
        }
        registerWalkIn("{\"channel\": \"WALK_IN\", \"category\": \"LABOR\", \"summary\": \"拖欠工资\", \"gridCode\": \"" + grid + "\"}");
        LocalDate today = streetTime.today();
        as("mediator").queryParam("gridCode", grid)
                .queryParam("category", "MARRIAGE_FAMILY").queryParam("channel", "ROUND_TABLE")
                .queryParam("status", "RECEIVED").queryParam("from", today.toString()).queryParam("to", today.toString())
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/mediation/disputes")
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.size()", equalTo(1));
        as("mediator").queryParam("gridCode", grid)
                .queryParam("to", today.minusDays(1).toString()).when().get("/api/mediation/disputes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aPoliceReferralCannotBeRegisteredAsAnOrdinaryDispute() {
        as("mediator").contentType("application/json")
                .body("{\"channel\": \"POLICE_REFERRAL\", \"category\": \"NEIGHBOR\", \"summary\": \"邻里纠纷\"}")
                .when().post("/api/mediation/disputes").then().statusCode(400).body("errors[0].field", equalTo("channel"))
                .body("errors[0].reason", not(nullValue()));
    }
}

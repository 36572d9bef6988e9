package cn.jiedao.safety.site;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.UnifiedSocialCreditCode;
import cn.jiedao.testing.CloudEventFixture;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * economy.unit-events → the gas-safety roster, read from the real broker, in 2021: the gas rounds of that year
 * are this test's own, so the next round a new unit joins is the one it planned.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class UnitEventsConsumerTest {

    static final String TOPIC = "economy.unit-events";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    StreetTime time;

    @BeforeEach
    void inAugust2021() {
        time.useClock(Clock.fixed(Instant.parse("2021-08-01T02:00:00Z"), time.zone()));
    }

    @AfterEach
    void backToTheWallClock() {
        time.useSystemClock();
    }

    /** A 15-digit grid code and a credit code of this test's own. */
    static String grid() {
        return "3401239" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    static String creditCode() {
        return UnifiedSocialCreditCode.withCheckCharacter("91340123" + String.format("%09d",
                Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L)));
    }

    /**
     * A unit as economy announces it (its contract in docs/events); economy announces accommodation and catering
     * only, so a unit of another division is outside the contract: the consumer's own defence is tested with it.
     */
    static String registered(String unitId, String creditCode, String name, String grid, String industry) {
        CloudEventFixture event = CloudEventFixture.of("economy.unit.registered").source("/jiedao/economy")
                .subject(creditCode == null ? unitId : creditCode).data("""
                {"source":"REGISTRY","unitId":"%s","creditCode":%s,"registerCode":null,"name":"%s","address":"八月湖路9号",
                 "gridCode":"%s","industryCode":"%s","divisionCode":"340123001","recordType":null}"""
                .formatted(unitId, creditCode == null ? "null" : "\"" + creditCode + "\"", name, grid, industry));
        if (!industry.startsWith("61") && !industry.startsWith("62")) {
            event.outsideContract();
        }
        return event.json();
    }

    static ValidatableResponse roster(String grid) {
        return as("safety-officer").get("/api/safety/gas-safety-roster?gridCode=" + grid).then().statusCode(200);
    }

    @Test
    void aNewCateringUnitJoinsTheRosterAndTheNextGasRoundOnceHoweverOftenItIsDelivered() {
        String round = as("safety-officer").contentType("application/json")
                .body(Map.of("name", "2021年第三季度燃气安全专项检查", "domain", "GAS", "startsOn", "2021-07-01",
                        "endsOn", "2021-09-30"))
                .post("/api/safety/inspection-rounds").then().statusCode(201).extract().path("id");
        String grid = grid();
        String unitId = UUID.randomUUID().toString();
        String event = registered(unitId, creditCode(), "近邻食堂", grid, "6210");
        KafkaTopics.writeCloudEvent(TOPIC, unitId, event);
        KafkaTopics.writeCloudEvent(TOPIC, unitId, event);
        // the same unit announced again under a new event id is still one site
        KafkaTopics.writeCloudEvent(TOPIC, unitId, registered(unitId, null, "近邻食堂", grid, "6210"));
        // a unit that is neither accommodation nor catering joins nothing
        KafkaTopics.writeCloudEvent(TOPIC, "other", registered(UUID.randomUUID().toString(), null, "五金店", grid, "5274"));
        String marker = grid();
        KafkaTopics.writeCloudEvent(TOPIC, "marker", registered(UUID.randomUUID().toString(), null, "标记", marker, "6110"));

        await().atMost(WAIT).untilAsserted(() -> roster(marker).body("total", equalTo(1)));
        roster(grid).body("total", equalTo(1)).body("items[0].name", equalTo("近邻食堂"))
                .body("items[0].lastInspectedOn", nullValue()).body("items[0].roundId", equalTo(round));
        String siteId = roster(grid).extract().path("items[0].siteId");
        as("safety-officer").get("/api/safety/sites/" + siteId).then().body("kind", equalTo("RESTAURANT"))
                .body("gasRoster", equalTo(true)).body("economyUnitRef", equalTo("REGISTRY:" + unitId));
        as("safety-officer").get("/api/safety/sites/" + roster(marker).extract().path("items[0].siteId")).then()
                .body("kind", equalTo("GAS_USER"));

        // a gas inspection takes the site off the list for the interval
        as("safety-officer").contentType("application/json")
                .body(Map.of("siteId", siteId, "domains", List.of("GAS"), "inspectedOn", "2021-07-20",
                        "inspectors", List.of("李四"), "roundId", round))
                .post("/api/safety/inspections").then().statusCode(201);
        roster(grid).body("total", equalTo(0));
        time.useClock(Clock.fixed(Instant.parse("2021-10-20T02:00:00Z"), time.zone()));
        roster(grid).body("total", equalTo(1)).body("items[0].lastInspectedOn", equalTo("2021-07-20"))
                .body("items[0].dueSince", equalTo("2021-10-18")).body("items[0].roundId", nullValue());
    }

    @Test
    void aUnitWhoseCreditCodeIsRegisteredIsMatchedToThatSite() {
        String grid = grid();
        String code = creditCode();
        String siteId = as("safety-officer").contentType("application/json")
                .body(Map.of("kind", "OTHER", "name", "八月湖宾馆", "address", "八月湖路20号", "gridCode", grid,
                        "creditCode", code, "gasRoster", false))
                .post("/api/safety/sites").then().statusCode(201).extract().path("id");
        roster(grid).body("total", equalTo(0));
        KafkaTopics.writeCloudEvent(TOPIC, code, registered(UUID.randomUUID().toString(), code, "八月湖宾馆", grid, "6110"));
        await().atMost(WAIT).untilAsserted(() -> roster(grid).body("total", equalTo(1)));
        roster(grid).body("items[0].siteId", equalTo(siteId));
        as("safety-officer").get("/api/safety/sites?gridCode=" + grid).then().body("total", equalTo(1));
    }

    @Test
    void anInvalidUnitEventGoesToTheDlqWithItsReason() {
        String poison = CloudEventFixture.of("economy.unit.registered").source("/jiedao/economy")
                .data("{\"source\":\"REGISTRY\",\"unitId\":\"u-1\",\"creditCode\":\"91340123000000000X\","
                        + "\"name\":\"坏码\",\"industryCode\":\"6210\"}").outsideContract().json();
        KafkaTopics.writeCloudEvent(TOPIC, "poison", poison);
        var dlq = KafkaTopics.readUntil(TOPIC + ".dlq", r -> r.value().equals(poison), WAIT);
        var reason = dlq.get(dlq.size() - 1).headers().lastHeader("dead-letter-reason");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("creditCode");
    }
}

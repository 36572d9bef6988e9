package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker killed with SIGKILL (no controlled shutdown) while two services publish about 1,000 events and
 * a third consumes them: 500 catering units of a census import (economy → {@code economy.unit-events} →
 * safety's gas-safety roster) and 500 illegal-structure complaints registered through the gateway
 * (mediation → {@code mediation.dispute-events} → safety's cases). The broker comes back on the same port
 * with the same data; then every event is on its topic once (no duplicate event id) and applied once by
 * safety (its inbox holds each event id, and each complaint has one case, each unit one site).
 */
class KafkaCrashTest {

    static final int UNITS = 500;
    static final int COMPLAINTS = 500;
    static final int CLIENTS = 4;
    static final Duration WAIT = Duration.ofSeconds(150);

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Stack.get().gateway();
    }

    @org.junit.jupiter.api.AfterAll
    static void keepLogs() {
        Faults.keepInfrastructureLogs();
    }

    @Test
    void everyEventPublishedAcrossABrokerKilledWithSigkillIsDeliveredAndAppliedOnce() throws Exception {
        String run = "KC" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        // economy: one census import whose 500 new catering units each publish economy.unit.registered
        StringBuilder csv = new StringBuilder("recordType,registerCode,creditCode,name,industryCode,divisionCode,"
                + "address,licensed,digitalEconomy,largeIndividual,revenue,employees,gridCode\n");
        for (int i = 0; i < UNITS; i++) {
            csv.append("3,").append(run).append('-').append(i).append(",,小吃店").append(run).append(i)
                    .append(",6210,360121001001,夜市").append(i).append("号,1,0,0,,1,360121001001001\n");
        }
        String importId = given().header("Authorization", Faults.bearer("census-platform", 0))
                .contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/economy/census/imports?fileName=" + run + ".csv")
                .then().statusCode(202).extract().path("id");

        // mediation: 500 complaints through the gateway from 4 clients; the broker dies after the first 100
        Set<String> disputes = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> load = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            load.add(clients.submit(() -> {
                for (int n; (n = sent.getAndIncrement()) < COMPLAINTS; ) {
                    var response = Faults.registerComplaint(run + "小区" + n + "栋", client);
                    if (response.statusCode() == 201) {
                        disputes.add(response.path("id"));
                    } else {
                        failures.add(response.statusCode() + " " + response.asString());
                    }
                }
            }));
        }
        await().atMost(WAIT).until(() -> disputes.size() >= 100);
        RealInfrastructure.killKafka();
        try {
            Thread.sleep(3000); // registrations go on meanwhile: their events wait in mediation's outbox
        } finally {
            RealInfrastructure.startKafka();
        }
        for (Future<?> f : load) {
            f.get();
        }
        clients.shutdown();
        // Registration needs no broker: every complaint was accepted, before, during and after the crash.
        assertThat(failures).isEmpty();
        assertThat(disputes).hasSize(COMPLAINTS);
        await().atMost(WAIT).until(() -> !"RUNNING".equals(given()
                .header("Authorization", Faults.bearer("census-platform", 0))
                .get("/api/economy/census/imports/" + importId).path("status")));
        given().header("Authorization", Faults.bearer("census-platform", 0))
                .get("/api/economy/census/imports/" + importId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"))
                .body("eventsPublished", org.hamcrest.Matchers.equalTo(UNITS));

        // Applied once on the consumer side: one case per complaint, one site per unit.
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(Faults.count("safety", "select count(*) from illegal_construction_case"
                    + " where source_dispute_id::text = any(?)", (Object) disputes.toArray(String[]::new)))
                    .isEqualTo(COMPLAINTS);
            assertThat(Faults.count("safety", "select count(*) from site where name like ?", "小吃店" + run + "%"))
                    .isEqualTo(UNITS);
        });

        // On the topics: each event once.
        List<String> disputeEvents = KafkaTopics.readAll("mediation.dispute-events", Duration.ofSeconds(60)).stream()
                .map(ConsumerRecord::value).filter(v -> v.contains(run + "小区")).toList();
        List<String> unitEvents = KafkaTopics.readAll("economy.unit-events", Duration.ofSeconds(60)).stream()
                .map(ConsumerRecord::value).filter(v -> v.contains("小吃店" + run)).toList();
        assertThat(Faults.duplicateIds(disputeEvents)).as("duplicate event ids on mediation.dispute-events").isEmpty();
        assertThat(Faults.duplicateIds(unitEvents)).as("duplicate event ids on economy.unit-events").isEmpty();
        List<String> registered = disputeEvents.stream().filter(v -> v.contains("mediation.dispute.registered")).toList();
        assertThat(registered).hasSize(COMPLAINTS);
        assertThat(unitEvents).hasSize(UNITS);

        // safety's inbox holds every one of these event ids, once (its key is consumer and event id)
        List<String> ids = new ArrayList<>();
        registered.forEach(v -> ids.add(io.restassured.path.json.JsonPath.from(v).getString("id")));
        unitEvents.forEach(v -> ids.add(io.restassured.path.json.JsonPath.from(v).getString("id")));
        var inbox = Faults.countBy("safety", "select event_id, count(*) from inbox_event where event_id = any(?)"
                + " group by event_id", ids);
        assertThat(inbox).hasSize(COMPLAINTS + UNITS);
        assertThat(inbox.values()).allMatch(n -> n == 1);
    }
}

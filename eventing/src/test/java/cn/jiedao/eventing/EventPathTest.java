package cn.jiedao.eventing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The kernel's event path against a real PostgreSQL and a real Kafka broker: outbox out, inbox in.
 * The Kafka outage test runs last because it stops and restarts the shared broker.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "eventing_test"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventPathTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    @Order(1)
    void committedEventArrivesAsCloudEventKeyedByAggregate() throws Exception {
        String topic = "eventing-test.committed";
        String key = UUID.randomUUID().toString();
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(topic, key, "test.probe.created", Map.of("name", "陈红调解室", "count", 3)));

        var records = KafkaTopics.readUntil(topic, r -> r.value().contains(id.toString()), WAIT);
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        assertThat(record.key()).isEqualTo(key);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isEqualTo(id.toString());
        assertThat(event.get("type").asText()).isEqualTo("test.probe.created");
        assertThat(event.get("source").asText()).isEqualTo("/jiedao/eventing-test");
        assertThat(event.get("time").asText()).isNotBlank();
        assertThat(event.get("data").get("name").asText()).isEqualTo("陈红调解室");
        await().atMost(WAIT).untilAsserted(() -> assertThat(sentAt(id)).as("outbox row stamped sent").isTrue());
    }

    @Test
    @Order(2)
    void rolledBackChangeSendsNothing() {
        String topic = "eventing-test.rollback";
        String key = "aggregate-1";
        List<UUID> rolledBack = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rolledBack.add(outbox.publish(topic, key, "test.probe.rolled-back", Map.of("name", "never")));
                throw new IllegalStateException("the state change fails after the event was written");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(rolledBack).hasSize(1);
        UUID marker = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(topic, key, "test.probe.marker", Map.of("name", "after")));

        var records = KafkaTopics.readUntil(topic, r -> r.value().contains(marker.toString()), WAIT);
        assertThat(records).as("only the committed marker reached the topic").hasSize(1);
        assertThat(records).noneMatch(r -> r.value().contains(rolledBack.get(0).toString()));
        Object row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(rolledBack.get(0)));
        assertThat(row).as("no outbox row for the rolled-back change").isNull();
    }

    @Test
    @Order(3)
    void eventsWithTheSameKeyArriveInPublishOrder() throws Exception {
        String topic = "eventing-test.ordered";
        String key = "dispute-42";
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            published.add(QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(topic, key, "test.probe.step", Map.of("name", "step-" + n))).toString());
        }
        String last = published.get(published.size() - 1);
        var records = KafkaTopics.readUntil(topic, r -> r.value().contains(last), WAIT);
        List<String> received = new ArrayList<>();
        for (var r : records) {
            received.add(json.readTree(r.value()).get("id").asText());
        }
        assertThat(received).containsExactlyElementsOf(published);
    }

    @Test
    @Order(4)
    void duplicateDeliveryIsAppliedOnceAndPoisonGoesToTheDlqWhileConsumptionGoesOn() throws Exception {
        String topic = "eventing-test.inbound";
        String tally = "dup-" + UUID.randomUUID();
        String event = cloudEvent(UUID.randomUUID().toString(), tally);
        KafkaTopics.writeCloudEvent(topic, tally, event);
        KafkaTopics.writeCloudEvent(topic, tally, event); // redelivery of the very same event id
        KafkaTopics.write(topic, tally, "{\"specversion\":\"1.0\",\"id\":\"poison-1\"}"); // no type, source, data
        KafkaTopics.write(topic, tally, "这不是JSON");
        String after = "after-" + UUID.randomUUID();
        // The same key, so the same partition (topics have several): consumed after all of the above.
        KafkaTopics.writeCloudEvent(topic, tally, cloudEvent(UUID.randomUUID().toString(), after));

        await().atMost(WAIT).untilAsserted(() -> assertThat(applied(after))
                .as("the consumer went on past the poison messages").isEqualTo(1));
        assertThat(applied(tally)).as("the same event id delivered twice is applied once").isEqualTo(1);

        var dlq = KafkaTopics.readUntil(topic + ".dlq", r -> r.value().equals("这不是JSON"), WAIT);
        assertThat(dlq).anySatisfy(r -> {
            assertThat(r.value()).contains("poison-1");
            assertThat(header(r, "dead-letter-reason")).contains("type is missing").contains("data is missing");
        });
        assertThat(header(dlq.get(dlq.size() - 1), "dead-letter-reason")).contains("not JSON");
    }

    @Test
    @Order(10)
    void eventPublishedWhileKafkaIsDownArrivesAfterItReturnsAndReadinessFollowsKafka() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String topic = "eventing-test.outage";
        RealInfrastructure.stopKafka();
        try {
            UUID id = QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(topic, "k", "test.probe.during-outage", Map.of("name", "outage")));
            await().atMost(WAIT).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
            await().atMost(WAIT).untilAsserted(() -> assertThat(attempts(id))
                    .as("the relay tried and failed while Kafka was down").isPositive());
            assertThat(sentAt(id)).isFalse();

            RealInfrastructure.startKafka();
            var records = KafkaTopics.readUntil(topic, r -> r.value().contains(id.toString()), Duration.ofSeconds(90));
            assertThat(records).isNotEmpty();
            await().atMost(WAIT).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        } finally {
            if (!RealInfrastructure.isKafkaRunning()) {
                RealInfrastructure.startKafka();
            }
        }
    }

    private boolean sentAt(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = OutboxEvent.findById(id);
            return row != null && row.sentAt != null;
        });
    }

    private int attempts(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = OutboxEvent.findById(id);
            return row == null ? 0 : row.attempts;
        });
    }

    private int applied(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select applied from probe_tally where name = ?1")
                    .setParameter(1, name).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String cloudEvent(String id, String name) {
        return """
                {"specversion":"1.0","id":"%s","type":"test.probe.tallied","source":"/tests",
                 "time":"2023-05-04T09:30:00+08:00","datacontenttype":"application/json","data":{"name":"%s"}}"""
                .formatted(id, name);
    }
}

package cn.jiedao.eventing.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jiedao.eventing.ProbeConsumer;
import cn.jiedao.testing.CloudEventFixture;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The one consumer shape in isolation: per record and per poll, redelivery, contract checks, a failing event. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "eventing_test"))
class EventConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SINGLE = "eventing-test.inbound";
    static final String BATCH = "eventing-test.inbound-batch";

    @Inject
    EntityManager em;

    @Inject
    ProbeConsumer probe;

    @Test
    void invalidDataAndAnUnexpectedTypeGoToTheDlqWithTheReason() {
        String blank = CloudEventFixture.of(ProbeConsumer.TALLIED).data("{\"name\": \"  \"}").json();
        String otherType = CloudEventFixture.of("test.probe.unknown").data("{\"name\": \"x\"}").json();
        String after = "after-" + UUID.randomUUID();
        KafkaTopics.writeCloudEvent(SINGLE, "k", blank);
        KafkaTopics.writeCloudEvent(SINGLE, "k", otherType);
        KafkaTopics.writeCloudEvent(SINGLE, "k", tally(after).json());

        await().atMost(WAIT).untilAsserted(() -> assertThat(applied(after)).isEqualTo(1));
        List<ConsumerRecord<String, String>> dlq = KafkaTopics.readUntil(SINGLE + ".dlq",
                r -> r.value().contains("test.probe.unknown"), WAIT);
        assertThat(dlq).anySatisfy(r -> assertThat(reason(r)).contains("data.name").contains("must not be blank"));
        assertThat(dlq).anySatisfy(r -> assertThat(reason(r)).contains("unexpected type test.probe.unknown"));
    }

    @Test
    void aPollIsAppliedOnceEvenWithARedeliveryAndTheOneEventThatFailsGoesToTheDlqAlone() {
        String run = UUID.randomUUID().toString();
        CloudEventFixture first = tally("a-" + run);
        KafkaTopics.writeCloudEvent(BATCH, "k", first.json());
        KafkaTopics.writeCloudEvent(BATCH, "k", first.json()); // the same event id again
        KafkaTopics.writeCloudEvent(BATCH, "k", tally("fail-" + run).json());
        KafkaTopics.writeCloudEvent(BATCH, "k", CloudEventFixture.of("test.probe.other").data("{}").json());
        KafkaTopics.writeCloudEvent(BATCH, "k", tally("b-" + run).json());

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(applied("a-" + run)).as("applied once although delivered twice").isEqualTo(1);
            assertThat(applied("b-" + run)).as("the event after the failing one").isEqualTo(1);
        });
        List<ConsumerRecord<String, String>> dlq = KafkaTopics.readUntil(BATCH + ".dlq",
                r -> r.value().contains("fail-" + run), WAIT);
        ConsumerRecord<String, String> failed = dlq.stream().filter(r -> r.value().contains("fail-" + run)).findFirst()
                .orElseThrow();
        assertThat(reason(failed)).contains("could not be applied").contains("cannot be applied");
        assertThat(dlq).as("an ignored type and the applied events stay off the DLQ")
                .noneMatch(r -> r.value().contains("test.probe.other") || r.value().contains("a-" + run));
        assertThat(applied("fail-" + run)).isZero();
    }

    @Test
    void tenConsumersHandedTheSameEventAtOnceApplyItOnce() throws Exception {
        String name = "concurrent-" + UUID.randomUUID();
        CloudEventFixture fixture = tally(name);
        String event = fixture.json();
        int consumers = 10;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(consumers);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < consumers; i++) {
                long offset = i;
                done.add(pool.submit(() -> {
                    start.await();
                    probe.on(new ConsumerRecord<>(SINGLE, 0, 1_000_000 + offset, "k", event));
                    return null;
                }));
            }
            start.countDown();
            for (var d : done) {
                d.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(applied(name)).as("one event handed to ten consumers at once is applied once").isEqualTo(1);
        long inbox = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id = ?1").setParameter(1, fixture.id()).getSingleResult())
                .longValue());
        assertThat(inbox).as("its id in the inbox once").isEqualTo(1);
    }

    private static CloudEventFixture tally(String name) {
        return CloudEventFixture.of(ProbeConsumer.TALLIED).source("/tests").data("{\"name\": \"" + name + "\"}");
    }

    private int applied(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select applied from probe_tally where name = ?1")
                    .setParameter(1, name).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}

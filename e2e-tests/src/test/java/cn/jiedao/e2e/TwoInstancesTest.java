package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second instance of each consuming service (mediation, safety, services-hub) on the same database and in
 * the same consumer group as the first. Topics have three partitions (the broker's {@code num.partitions}),
 * and the two instances of a group share them. Police referrals (each delivered twice) and complaints
 * registered on both mediation instances are then applied once each: one dispute per referral, one safety
 * case per complaint, each event id once in safety's inbox; and the outbox of mediation's one database,
 * relayed by two instances, puts each event on its topic once (the relay holds a PostgreSQL advisory lock).
 * The gateway keeps one upstream per area: the second instances are reached directly.
 */
class TwoInstancesTest {

    static final int REFERRALS = 60;
    static final int COMPLAINTS = 100;
    static final Duration WAIT = Duration.ofSeconds(120);
    static final List<String> MODULES = List.of("mediation-service", "safety-service", "services-hub");
    static final Map<String, Integer> SECOND = new ConcurrentHashMap<>();

    @BeforeAll
    static void startSecondInstances() {
        RestAssured.baseURI = Stack.get().gateway();
        CompletableFuture.allOf(MODULES.stream().map(module -> CompletableFuture.runAsync(() ->
                SECOND.put(module, Stack.get().startExtraInstance(module)))).toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stopSecondInstances() {
        SECOND.values().forEach(port -> Stack.get().stopExtraInstance(port));
    }

    @Test
    void twoInstancesShareThePartitionsAndEveryReferralAndEventIsAppliedOnceAndRelayedOnce() {
        // Both instances of each group hold partitions of the topics it reads.
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertSharedBetweenTwo("mediation-service", "police.dispute-referrals");
            assertSharedBetweenTwo("safety-service", "mediation.dispute-events");
        });
        for (String module : MODULES) {
            given().get("http://127.0.0.1:" + SECOND.get(module) + "/q/health/ready").then().statusCode(200);
        }

        String run = "TI" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        // Police referrals over Kafka, keys spread over the partitions, each delivered twice.
        String at = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10).toString();
        for (int i = 0; i < REFERRALS; i++) {
            String referralNo = "JQ-" + run + "-" + i;
            String event = """
                    {"specversion": "1.0", "id": "%s", "type": "police.dispute.referred",
                     "source": "/police/stations/bayuehu", "time": "%s", "datacontenttype": "application/json",
                     "data": {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s",
                              "category": "PROPERTY_MANAGEMENT", "summary": "邻里纠纷", "address": "%s-ref-%d",
                              "gridCode": "360121001001001",
                              "parties": [{"name": "张三", "phone": "13800000000", "role": "APPLICANT"}]}}"""
                    .formatted(UUID.randomUUID(), at, referralNo, at, run, i);
            KafkaTopics.writeCloudEvent("police.dispute-referrals", referralNo, event);
            KafkaTopics.writeCloudEvent("police.dispute-referrals", referralNo, event);
        }
        // Complaints registered on both mediation instances: both write the one outbox.
        String secondMediation = "http://127.0.0.1:" + SECOND.get("mediation-service");
        Set<String> disputes = ConcurrentHashMap.newKeySet();
        IntStream.range(0, COMPLAINTS).parallel().forEach(i -> {
            String address = run + "小区" + i + "栋";
            var response = i % 2 == 0 ? Faults.registerComplaint(address, i % 4)
                    : given().baseUri(secondMediation).header("Authorization", Faults.bearer("grid-worker", i % 4))
                            .contentType("application/json").body("""
                                    {"channel": "GRID_REPORT", "category": "MUNICIPAL_ILLEGAL_CONSTRUCTION",
                                     "summary": "违章搭建", "address": "%s", "gridCode": "360121001001001",
                                     "illegalStructure": true}""".formatted(address))
                            .post("/api/mediation/disputes");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            disputes.add(response.path("id"));
        });

        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(Faults.count("mediation", "select count(*) from dispute where address like ?", run + "-ref-%"))
                    .isEqualTo(REFERRALS);
            assertThat(Faults.count("safety", "select count(*) from illegal_construction_case"
                    + " where source_dispute_id::text = any(?)", (Object) disputes.toArray(String[]::new))).isEqualTo(COMPLAINTS);
        });
        // one dispute per referral, no more
        Map<String, Long> perReferral = Faults.countBy("mediation", "select address, count(*) from dispute"
                + " where address = any(?) group by address",
                IntStream.range(0, REFERRALS).mapToObj(i -> run + "-ref-" + i).toList());
        assertThat(perReferral).hasSize(REFERRALS);
        assertThat(perReferral.values()).allMatch(n -> n == 1);

        // Relayed once by two relays over one outbox: each event id once on the topic.
        List<String> events = KafkaTopics.readAll("mediation.dispute-events", Duration.ofSeconds(60)).stream()
                .map(ConsumerRecord::value).filter(v -> v.contains(run + "小区")).toList();
        assertThat(Faults.duplicateIds(events)).as("duplicate event ids on mediation.dispute-events").isEmpty();
        List<String> registered = events.stream().filter(v -> v.contains("mediation.dispute.registered")).toList();
        assertThat(registered).hasSize(COMPLAINTS);
        List<String> ids = new ArrayList<>();
        registered.forEach(v -> ids.add(io.restassured.path.json.JsonPath.from(v).getString("id")));
        var inbox = Faults.countBy("safety", "select event_id, count(*) from inbox_event where event_id = any(?)"
                + " group by event_id", ids);
        assertThat(inbox).hasSize(COMPLAINTS);
        assertThat(inbox.values()).allMatch(n -> n == 1);
    }

    /**
     * Two members of the group (one consumer of each instance: each channel of a service is a member of its
     * own) hold the partitions of {@code topic} between them, each at least one, all three together.
     */
    private static void assertSharedBetweenTwo(String group, String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
                    .as("partitions of " + topic).hasSize(3);
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            List<List<Integer>> held = description.members().stream()
                    .map(member -> member.assignment().topicPartitions().stream()
                            .filter(p -> p.topic().equals(topic)).map(p -> p.partition()).sorted().toList())
                    .filter(partitions -> !partitions.isEmpty()).toList();
            assertThat(held).as("partitions of %s held by the members of %s", topic, group).hasSize(2);
            assertThat(held.stream().flatMap(List::stream).sorted().toList()).containsExactly(0, 1, 2);
        }
    }
}

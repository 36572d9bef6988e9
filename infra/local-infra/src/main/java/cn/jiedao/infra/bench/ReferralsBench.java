package cn.jiedao.infra.bench;

import cn.jiedao.infra.Arguments;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./jiedao bench referrals [--count=5000] [--warmup=500] [--rate=500] [--seconds=10] [--jfr]}: police
 * referrals produced at once onto {@code police.dispute-referrals} until mediation-service has stored them as
 * disputes, against the anchor: the same events through a raw Kafka producer → {@link KafkaConsumer} and a
 * bare multi-row {@code INSERT} per poll (one commit per poll) into a plain table of the same database.
 * Both are timed from the first record handed to the producer until the last row is committed (seen by
 * polling the table every {@value #POLL_MILLIS} ms). Then {@code --rate} referrals a second for
 * {@code --seconds}: latency from the producer's send to the dispute's {@code registered_at} (stamped in
 * the service's transaction) and to the moment the committed row is seen. {@code --jfr} records a Flight
 * Recording of the service into {@code .jiedao/bench/referrals/mediation-service.jfr}.
 */
public final class ReferralsBench {

    static final String TOPIC = "police.dispute-referrals";
    static final String ANCHOR_TOPIC = "bench.anchor-referrals";
    static final Duration PHASE_TIMEOUT = Duration.ofSeconds(300);
    static final int POLL_MILLIS = 20;

    private ReferralsBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int count = Integer.parseInt(options.getOrDefault("count", "5000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        var repo = BenchStack.repo(options);
        var builder = BenchStack.of(repo, "referrals").kafka().services("mediation-service");
        if (options.containsKey("jfr")) {
            builder.environment("mediation-service", "JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename="
                    + BenchStack.home(repo, "referrals").resolve("mediation-service.jfr") + ",settings=profile,dumponexit=true");
        }
        try (BenchStack stack = builder.start();
                KafkaProducer<String, String> producer = producer(stack.kafkaBootstrapServers());
                Connection db = stack.connect("mediation")) {
            System.out.printf("Referrals: %d produced at once (after a warm-up of %d), then %d/s for %d s.%n", count,
                    warmup, rate, seconds);
            double anchor = anchor(stack, producer, db, warmup, count);
            run("warm-up", producer, db, warmup, 0);
            Result burst = run("burst", producer, db, count, 0);
            double jiedao = burst.count / burst.seconds;
            System.out.printf("%-44s %9.0f /s%n", "anchor: raw producer → consumer → multi-row INSERT", anchor);
            System.out.printf("%-44s %9.0f /s  (%d in %.2f s)%n", "Jiedao: police.dispute-referrals → disputes", jiedao,
                    burst.count, burst.seconds);
            System.out.printf("%-44s %9.2f×  (goal ≥ 2,000/s)%n", "ratio Jiedao / anchor", jiedao / anchor);
            if (rate > 0 && seconds > 0) {
                Result paced = run("paced", producer, db, rate * seconds, rate);
                System.out.printf("paced %d/s for %d s: %.0f/s stored; until registered_at p50 %d ms, p99 %d ms, max %d ms;"
                        + " until seen committed p50 %d ms, p99 %d ms (goal p99 < 200 ms)%n", rate, seconds,
                        paced.count / paced.seconds, BenchStack.percentile(paced.registered, 50),
                        BenchStack.percentile(paced.registered, 99), paced.registered.get(paced.registered.size() - 1),
                        BenchStack.percentile(paced.seen, 50), BenchStack.percentile(paced.seen, 99));
            }
        }
    }

    record Result(int count, double seconds, List<Long> registered, List<Long> seen) {
    }

    /** The same events through a raw consumer and one multi-row INSERT per poll: returns rows a second. */
    static double anchor(BenchStack stack, KafkaProducer<String, String> producer, Connection db, int warmup, int count)
            throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    create table if not exists bench_anchor_referral (id uuid primary key, referral_no text not null,
                        received_at timestamptz not null, event text not null)""");
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-anchor");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
                Connection writer = stack.connect("mediation")) {
            writer.setAutoCommit(false);
            consumer.subscribe(List.of(ANCHOR_TOPIC));
            double result = 0;
            for (int phase = 0; phase < 2; phase++) {
                int n = phase == 0 ? Math.max(1, warmup) : count;
                String prefix = "AN-" + phase + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    producer.send(new ProducerRecord<>(ANCHOR_TOPIC, prefix + i, event(prefix + i)));
                }
                producer.flush();
                int stored = 0;
                long deadline = start + PHASE_TIMEOUT.toNanos();
                while (stored < n && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> poll = consumer.poll(Duration.ofMillis(100));
                    if (poll.isEmpty()) {
                        continue;
                    }
                    StringBuilder sql = new StringBuilder("insert into bench_anchor_referral values ");
                    List<ConsumerRecord<String, String>> records = new ArrayList<>();
                    poll.forEach(records::add);
                    for (int i = 0; i < records.size(); i++) {
                        sql.append(i == 0 ? "" : ",").append("(?, ?, now(), ?)");
                    }
                    try (PreparedStatement insert = writer.prepareStatement(sql.toString())) {
                        int p = 1;
                        for (ConsumerRecord<String, String> r : records) {
                            insert.setObject(p++, UUID.randomUUID());
                            insert.setString(p++, r.key());
                            insert.setString(p++, r.value());
                        }
                        insert.executeUpdate();
                    }
                    writer.commit();
                    consumer.commitSync();
                    for (ConsumerRecord<String, String> r : records) {
                        if (r.key().startsWith(prefix)) {
                            stored++;
                        }
                    }
                }
                result = n / ((System.nanoTime() - start) / 1e9);
            }
            return result;
        }
    }

    /** Sends {@code count} referrals ({@code rate} a second, or at once when 0) and waits until all are stored. */
    static Result run(String phase, KafkaProducer<String, String> producer, Connection db, int count, int rate)
            throws Exception {
        String prefix = "BM-" + phase.charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        Map<String, Instant> seenAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + PHASE_TIMEOUT.toNanos();
        var watcher = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (PreparedStatement poll = db.prepareStatement(
                    "select referral_no from dispute where referral_no like ? and registered_at > now() - interval '30 seconds'")) {
                poll.setString(1, prefix + "%");
                while (seenAt.size() < count) {
                    Thread.sleep(POLL_MILLIS);
                    try (ResultSet rs = poll.executeQuery()) {
                        Instant now = Instant.now();
                        while (rs.next()) {
                            seenAt.putIfAbsent(rs.getString(1), now);
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(phase + ": only " + seenAt.size() + " of " + count
                                + " stored after " + PHASE_TIMEOUT.toSeconds() + " s");
                    }
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < count; i++) {
            if (rate > 0) {
                long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            String no = prefix + i;
            sentAt.put(no, Instant.now());
            producer.send(new ProducerRecord<>(TOPIC, no, event(no)));
        }
        producer.flush();
        watcher.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> registered = new ArrayList<>(count);
        try (PreparedStatement q = db.prepareStatement(
                "select referral_no, registered_at from dispute where referral_no like ?")) {
            q.setString(1, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(2);
                    registered.add(Duration.between(sentAt.get(rs.getString(1)), at.toInstant()).toMillis());
                }
            }
        }
        Collections.sort(registered);
        List<Long> seen = new ArrayList<>(count);
        seenAt.forEach((no, at) -> seen.add(Duration.between(sentAt.get(no), at).toMillis()));
        Collections.sort(seen);
        return new Result(count, elapsed, registered, seen);
    }

    static String event(String referralNo) {
        String now = OffsetDateTime.now().toString();
        return """
                {"specversion": "1.0", "id": "%s", "type": "police.dispute.referred",
                 "source": "/police/stations/bayuehu", "time": "%s", "datacontenttype": "application/json",
                 "data": {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s",
                          "category": "PROPERTY_MANAGEMENT", "summary": "楼上漏水引发纠纷", "address": "幸福时光小区3栋",
                          "gridCode": "360121001001001",
                          "parties": [{"name": "张三", "phone": "13800000000", "role": "APPLICANT"}]}}"""
                .formatted(UUID.randomUUID(), now, referralNo, now);
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        return new KafkaProducer<>(props);
    }

}

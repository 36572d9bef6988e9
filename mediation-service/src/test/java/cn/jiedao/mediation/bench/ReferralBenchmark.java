package cn.jiedao.mediation.bench;

import cn.jiedao.infra.ChildJvm;
import cn.jiedao.infra.FreePorts;
import cn.jiedao.infra.ServiceProcesses;
import cn.jiedao.testing.RealInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How fast police referrals on {@code police.dispute-referrals} become stored disputes. Not a test: run by
 * hand (see the module README), never by {@code mvn verify}.
 *
 * <p>Starts the real PostgreSQL and Kafka of {@link RealInfrastructure} on loopback, the packaged
 * mediation-service ({@code target/quarkus-app/quarkus-run.jar}, as {@code ./jiedao up} runs it), then:
 * a warm-up; a burst of {@code N} referrals sent as fast as the producer goes (throughput, latency); and
 * {@code rate}/s paced for {@code seconds} (latency). Latency is the dispute's {@code registered_at}
 * (stamped by the service inside its transaction) minus the moment the producer was handed the record, both
 * read from this machine's clock; "stored" is observed by polling the database for the committed rows.
 * Since {@code registered_at} is stamped before the commit, it is a lower bound; the upper bound is the
 * moment this program first sees the committed row, polling every {@value #POLL_MILLIS} ms.
 *
 * <p>Arguments (all optional): {@code burst=5000 rate=200 seconds=15 warmup=500}. Bounded: every phase gives
 * up after 180 s.
 */
public final class ReferralBenchmark {

    static final String TOPIC = "police.dispute-referrals";
    static final Duration PHASE_TIMEOUT = Duration.ofSeconds(180);
    static final int POLL_MILLIS = 25;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>(Map.of("burst", "5000", "rate", "200",
                "seconds", "15", "warmup", "500"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv[1]);
        }
        int burst = Integer.parseInt(options.get("burst"));
        int rate = Integer.parseInt(options.get("rate"));
        int seconds = Integer.parseInt(options.get("seconds"));
        int warmup = Integer.parseInt(options.get("warmup"));

        Path repo = findRepo();
        Path jar = ServiceProcesses.runJar(repo, ServiceProcesses.Service.named("mediation-service"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -q -pl mediation-service package -DskipTests");
        }
        RealInfrastructure.ensureStarted();
        String jdbcUrl = RealInfrastructure.jdbcUrl("mediation");
        int port = FreePorts.allocate(1)[0];
        var service = ServiceProcesses.Service.named("mediation-service");
        var env = new ServiceProcesses.Environment(RealInfrastructure.postgresPort(),
                RealInfrastructure.kafkaBootstrapServers(), RealInfrastructure.jwtPublicKeyPath(), RealInfrastructure.ISSUER);
        Path log = Files.createDirectories(repo.resolve("mediation-service/target")).resolve("benchmark-service.log");
        long t0 = System.nanoTime();
        ChildJvm process = ServiceProcesses.launch(repo, service, port, env, Map.of(), log);
        try {
            ServiceProcesses.awaitReady(service, port, process, Duration.ofSeconds(120), () -> false);
            System.out.printf("mediation-service ready in %.1f s (log %s)%n", (System.nanoTime() - t0) / 1e9, log);
            try (KafkaProducer<String, String> producer = producer();
                    Connection db = DriverManager.getConnection(jdbcUrl, RealInfrastructure.postgresUsername(),
                            RealInfrastructure.postgresPassword())) {
                run("warm-up", producer, db, Math.max(1, warmup), 0);
                report("burst", run("burst", producer, db, burst, 0));
                report("paced " + rate + "/s", run("paced", producer, db, rate * seconds, rate));
            }
        } finally {
            process.stop(Duration.ofSeconds(20));
        }
        System.exit(0); // the shutdown hooks stop PostgreSQL and Kafka
    }

    record Result(int count, double seconds, List<Long> latenciesMillis, List<Long> seenLatenciesMillis) {
    }

    /** Sends {@code count} referrals ({@code rate} per second, or as fast as possible when 0) and waits until all are stored. */
    static Result run(String phase, KafkaProducer<String, String> producer, Connection db, int count, int rate)
            throws Exception {
        String prefix = "BM-" + phase.charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        Map<String, Instant> seenAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + PHASE_TIMEOUT.toNanos();
        // Watches the table while the referrals are sent: the first poll that sees a row is its "stored" time.
        java.util.concurrent.CompletableFuture<Void> watcher = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (PreparedStatement poll = db.prepareStatement("select referral_no from dispute where referral_no like ?")) {
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
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
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
        List<Long> latencies = new ArrayList<>(count);
        try (PreparedStatement q = db.prepareStatement(
                "select referral_no, registered_at from dispute where referral_no like ?")) {
            q.setString(1, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Timestamp registered = rs.getTimestamp(2);
                    latencies.add(Duration.between(sentAt.get(rs.getString(1)), registered.toInstant()).toMillis());
                }
            }
        }
        Collections.sort(latencies);
        List<Long> seenLatencies = new ArrayList<>(count);
        seenAt.forEach((no, seen) -> seenLatencies.add(Duration.between(sentAt.get(no), seen).toMillis()));
        Collections.sort(seenLatencies);
        return new Result(count, elapsed, latencies, seenLatencies);
    }

    static void report(String phase, Result r) {
        System.out.printf("%-14s %6d referrals in %6.2f s = %7.1f/s stored%n", phase, r.count(), r.seconds(),
                r.count() / r.seconds());
        System.out.printf("%-14s   until registered_at (in the transaction): p50 %5d ms, p99 %5d ms, max %5d ms%n", "",
                percentile(r.latenciesMillis(), 50), percentile(r.latenciesMillis(), 99),
                r.latenciesMillis().get(r.latenciesMillis().size() - 1));
        System.out.printf("%-14s   until seen committed (25 ms polls):       p50 %5d ms, p99 %5d ms, max %5d ms%n", "",
                percentile(r.seenLatenciesMillis(), 50), percentile(r.seenLatenciesMillis(), 99),
                r.seenLatenciesMillis().get(r.seenLatenciesMillis().size() - 1));
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static long count(Connection db, String prefix) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select count(*) from dispute where referral_no like ?")) {
            q.setString(1, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String event(String referralNo) {
        String now = java.time.OffsetDateTime.now().toString();
        return """
                {"specversion": "1.0", "id": "%s", "type": "police.dispute.referred",
                 "source": "/police/stations/bayuehu", "time": "%s", "datacontenttype": "application/json",
                 "data": {"referralNo": "%s", "policeStation": "八月湖派出所", "referredAt": "%s",
                          "category": "PROPERTY_MANAGEMENT", "summary": "楼上漏水引发纠纷", "address": "幸福时光小区3栋",
                          "gridCode": "360121001001001",
                          "parties": [{"name": "张三", "phone": "13800000000", "role": "APPLICANT"}]}}"""
                .formatted(UUID.randomUUID(), now, referralNo, now);
    }

    static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        return new KafkaProducer<>(props);
    }

    static Path findRepo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("mediation-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository");
        }
        return dir;
    }

    private ReferralBenchmark() {
    }
}

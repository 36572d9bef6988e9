package cn.jiedao.testing;

import cn.jiedao.infra.JwtKeyPair;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealInfrastructureTest {

    @Test
    void testResourceConfiguresTheServiceForRealPostgresKafkaAndJwt() throws Exception {
        RealInfrastructure resource = new RealInfrastructure();
        resource.init(Map.of("database", "mediation"));
        Map<String, String> config = resource.start();

        assertEquals(RealInfrastructure.jdbcUrl("mediation"), config.get("quarkus.datasource.jdbc.url"));
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            assertTrue(rs.next());
            assertEquals("mediation", rs.getString(1));
        }
        assertEquals(RealInfrastructure.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertTrue(Files.readString(java.nio.file.Path.of(config.get("mp.jwt.verify.publickey.location")))
                .startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals("jiedao-local", config.get("mp.jwt.verify.issuer"));
    }

    @Test
    void laterStartsReuseTheSameProcessesAndCreateFurtherDatabases() {
        RealInfrastructure.ensureStarted();
        String bootstrap = RealInfrastructure.kafkaBootstrapServers();
        int postgresPort = RealInfrastructure.postgresPort();

        RealInfrastructure gateway = new RealInfrastructure();
        gateway.init(Map.of());
        Map<String, String> config = gateway.start();

        assertFalse(config.containsKey("quarkus.datasource.jdbc.url"), "no database asked for, no datasource");
        assertEquals(bootstrap, config.get("kafka.bootstrap.servers"));
        assertEquals(postgresPort, RealInfrastructure.postgresPort());
        assertTrue(RealInfrastructure.jdbcUrl("safety").endsWith(":" + postgresPort + "/safety"));
    }

    @Test
    void aRecordSentWhileKafkaIsDownArrivesAfterKafkaReturnsOnTheSamePort() throws Exception {
        RealInfrastructure.ensureStarted();
        String bootstrap = RealInfrastructure.kafkaBootstrapServers();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>("safety.case-events", 0, "case-1", "opened")).get(30, TimeUnit.SECONDS);

            RealInfrastructure.stopKafka();
            assertFalse(RealInfrastructure.isKafkaRunning());
            assertFalse(accepts(bootstrap), "nothing listens on " + bootstrap + " while Kafka is stopped");
            // send() itself may block while it has no metadata, hence in the background.
            CompletableFuture<RecordMetadata> pending = CompletableFuture.supplyAsync(() -> {
                try {
                    return producer.send(new ProducerRecord<>("safety.case-events", 0, "case-1", "demolished")).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);

            RealInfrastructure.startKafka();
            assertEquals(bootstrap, RealInfrastructure.kafkaBootstrapServers());
            pending.get(60, TimeUnit.SECONDS);
        }
        assertEquals(List.of("opened", "demolished"), readAll(bootstrap, "safety.case-events", 2));
    }

    @Test
    void testTokensVerifyWithThePublishedPublicKey() throws Exception {
        String bearer = TestTokens.bearer("safety-officer", "grid-worker");
        assertTrue(bearer.startsWith("Bearer "));

        JwtKeyPair keys = JwtKeyPair.load(RealInfrastructure.jwtPublicKeyPath().getParent());
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setExpectedIssuer(RealInfrastructure.ISSUER)
                .build()
                .processToClaims(bearer.substring("Bearer ".length()));
        assertEquals("test-safety-officer", claims.getSubject());
        assertEquals(List.of("safety-officer", "grid-worker"), claims.getStringListClaimValue("groups"));

        JwtClaims named = new JwtConsumerBuilder().setVerificationKey(keys.publicKey()).setExpectedIssuer("jiedao-local")
                .build().processToClaims(TestTokens.token("li.si", "mediator"));
        assertEquals("li.si", named.getClaimValueAsString("upn"));
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static List<String> readAll(String bootstrap, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            // No consumer group: LocalKafkaTest covers groups; this reads the partition written to (0 of 3) from the start.
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static boolean accepts(String hostPort) {
        String[] parts = hostPort.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

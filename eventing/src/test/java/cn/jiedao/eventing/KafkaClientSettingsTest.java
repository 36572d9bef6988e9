package cn.jiedao.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.eventing.outbox.OutboxRelay;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * The {@code kafka.*} properties reach every hand-built Kafka client: the test configuration sets
 * {@code kafka.security.protocol} and {@code kafka.sasl.mechanism} as a county deployment would, and the
 * outbox relay's producer, the dead-letter producer and the readiness admin client are all built with them,
 * with the real broker's address, and still reach that broker.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "eventing_test"))
class KafkaClientSettingsTest {

    @Inject
    OutboxRelay relay;

    @Inject
    DeadLetters deadLetters;

    @Inject
    @Readiness
    KafkaReadiness readiness;

    @Test
    void securitySettingsReachAllThreeClients() {
        for (Properties client : new Properties[] {relay.producerConfig(), deadLetters.producerConfig(),
                readiness.adminConfig()}) {
            assertThat(client)
                    .containsEntry("security.protocol", "PLAINTEXT")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("bootstrap.servers", RealInfrastructure.kafkaBootstrapServers())
                    .doesNotContainKey("kafka.security.protocol");
        }
    }

    @Test
    void eachClientKeepsItsOwnSettingsOnTop() {
        assertThat(relay.producerConfig()).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .hasEntrySatisfying("client.id", id -> assertThat((String) id).startsWith("outbox-relay-"));
        assertThat(deadLetters.producerConfig()).containsEntry("client.id", "dead-letters")
                .containsEntry("acks", "all");
        assertThat(readiness.adminConfig()).containsEntry("client.id", "readiness")
                .containsEntry("request.timeout.ms", 2000);
    }

    @Test
    void theReadinessClientBuiltFromThemReachesTheBroker() {
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void propertiesAndEnvironmentAreReadAlikeAndTheEnvironmentWins() {
        Config config = new SmallRyeConfigBuilder().withSources(
                new PropertiesConfigSource(Map.of(
                        "kafka.bootstrap.servers", "broker.example:9092",
                        "kafka.ssl.truststore.location", "/etc/jiedao/county-ca.p12",
                        "mp.messaging.incoming.in.topic", "not.a.client.setting",
                        "quarkus.kafka.health.enabled", "false"), "application.properties", 250),
                new EnvConfigSource(Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", "kafka.county.example:9093",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                        "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                        "PATH", "/usr/bin"), 300))
                .build();

        assertThat(KafkaClientSettings.read(config)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "kafka.county.example:9093",
                "ssl.truststore.location", "/etc/jiedao/county-ca.p12",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;"));
        assertThat(new KafkaClientSettings(config).with(Map.of("client.id", "readiness", "security.protocol", "SSL")))
                .containsEntry("client.id", "readiness")
                .containsEntry("security.protocol", "SSL")
                .containsEntry("bootstrap.servers", "kafka.county.example:9093");
    }
}

package cn.jiedao.eventing;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends messages a batch consumer cannot handle to {@code <topic>.dlq}, the original key and value with the
 * same headers as SmallRye's dead-letter-queue strategy ({@code dead-letter-reason}, {@code -topic},
 * {@code -partition}, {@code -offset}). A consumer that takes records one by one lets the connector do this;
 * one that handles a whole poll in one transaction rejects single records here, and returns only once the
 * broker has them, so that acknowledging the batch never loses one.
 */
@ApplicationScoped
public class DeadLetters {

    /** A record and why it cannot be handled. */
    public record Rejected(ConsumerRecord<String, String> record, String reason) {
    }

    @Inject
    KafkaClientSettings kafka;

    private volatile KafkaProducer<String, String> producer;

    public void send(List<Rejected> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        KafkaProducer<String, String> out = producer();
        List<Future<RecordMetadata>> acks = rejected.stream().map(r -> out.send(deadLetter(r))).toList();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing to the dead-letter topic", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the dead-letter topic did not take a rejected record", e);
            }
        }
    }

    private static ProducerRecord<String, String> deadLetter(Rejected rejected) {
        ConsumerRecord<String, String> in = rejected.record();
        ProducerRecord<String, String> out = new ProducerRecord<>(in.topic() + ".dlq", in.key(), in.value());
        in.headers().forEach(header -> out.headers().add(header));
        out.headers().add("dead-letter-reason", bytes(rejected.reason()));
        out.headers().add("dead-letter-topic", bytes(in.topic()));
        out.headers().add("dead-letter-partition", bytes(Integer.toString(in.partition())));
        out.headers().add("dead-letter-offset", bytes(Long.toString(in.offset())));
        return out;
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig());
                }
                current = producer;
            }
        }
        return current;
    }

    /** What the producer is built from: the shared Kafka settings, acknowledged by all replicas, idempotent. */
    public Properties producerConfig() {
        return kafka.with(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "dead-letters",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}

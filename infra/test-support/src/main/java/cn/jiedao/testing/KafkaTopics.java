package cn.jiedao.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads a topic from the beginning in a fresh consumer group, and writes raw records: for tests that assert
 * what a service sent to, or make it read from, the real broker of {@link RealInfrastructure}.
 */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /** Every record of {@code topic} up to and including the first that matches {@code until}. */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> until,
            Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (until.test(record)) {
                        return seen;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout + "; saw " + seen.size()
                + " records: " + seen.stream().map(ConsumerRecord::value).toList());
    }

    /**
     * Every record of {@code topic}, all partitions, from the beginning up to the end each partition had when
     * this was called (an empty list for a topic that does not exist).
     */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return seen;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }

    /** Writes {@code cloudEvent} as the outbox relay does: structured mode, content-type application/cloudevents+json. */
    public static void writeCloudEvent(String topic, String key, String cloudEvent) {
        send(new ProducerRecord<>(topic, key, cloudEvent), true);
    }

    /** Writes several CloudEvents (key → event, in order) with one producer, as fast as it goes: a burst. */
    public static void writeCloudEvents(String topic, List<Map.Entry<String, String>> keyedEvents) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (Map.Entry<String, String> event : keyedEvents) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.getKey(), event.getValue());
                record.headers().add("content-type",
                        "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Writes a raw record with no headers, e.g. a poison message. */
    public static void write(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value), false);
    }

    private static void send(ProducerRecord<String, String> record, boolean cloudEvent) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            if (cloudEvent) {
                record.headers().add("content-type",
                        "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            producer.send(record);
            producer.flush();
        }
    }
}

package cn.jiedao.eventing.outbox;

import cn.jiedao.eventing.CloudEvent;
import cn.jiedao.eventing.EventingConfig;
import cn.jiedao.eventing.KafkaClientSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox events to Kafka, oldest first, and stamps them sent once the broker has
 * acknowledged them. One relay works at a time per database (a PostgreSQL advisory lock), so events with
 * the same key keep their order however many instances run; an idempotent producer keeps it on retries.
 * A send that fails stops the batch there, the relay backs off (doubling up to a limit) and tries again,
 * so an event published while Kafka is down leaves when Kafka returns. Delivery is at least once: a
 * consumer deduplicates by event id (the inbox).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "one relay per database". Any constant works as long as it is shared. */
    private static final long RELAY_LOCK = 0x6A69_6564_616FL;

    @Inject
    EntityManager em;

    @Inject
    EventingConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    KafkaClientSettings kafka;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Counter sent;
    private Counter failures;
    private Instant nextCleanup = Instant.EPOCH;

    /** What one pass did: how many events left, and whether a send failed. */
    public record Pass(int sent, boolean failed) {
    }

    void start(@Observes StartupEvent event) {
        sent = meters.counter("jiedao.outbox.sent");
        failures = meters.counter("jiedao.outbox.send.failures");
        producer = new KafkaProducer<>(producerConfig());
        if (!config.relay().enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to look for events now instead of at its next poll. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            Pass pass;
            try {
                pass = sendPending();
                cleanUpIfDue();
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay pass failed: %s", e.toString());
                pass = new Pass(0, true);
            }
            try {
                if (pass.failed()) {
                    backoff = backoff.isZero() ? config.relay().initialBackoff()
                            : min(backoff.multipliedBy(2), config.relay().maxBackoff());
                    pause(backoff);
                } else {
                    backoff = Duration.ZERO;
                    if (pass.sent() < config.relay().batchSize()) {
                        wakeups.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                        wakeups.drainPermits();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pause(Duration backoff) throws InterruptedException {
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    /** One pass over the unsent events, oldest first; public so that tests can drive the relay by hand. */
    public Pass sendPending() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Pass(0, false);
            }
            List<OutboxEvent> batch = em
                    .createQuery("from OutboxEvent where sentAt is null order by seq", OutboxEvent.class)
                    .setMaxResults(config.relay().batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return new Pass(0, false);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.key, event.payload);
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                Future<RecordMetadata> ack = producer.send(record);
                acks.add(ack);
                if (ack.isDone() && failedAlready(ack)) {
                    break; // the broker is unreachable: don't queue the rest behind it
                }
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int done = 0;
            for (int i = 0; i < acks.size(); i++) {
                OutboxEvent event = batch.get(i);
                try {
                    acks.get(i).get(config.relay().sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
                    event.sentAt = now;
                    done++;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    event.attempts++;
                    event.lastError = truncate(cause.toString());
                    failures.increment();
                    LOG.debugf("Outbox event %s (%s) not sent yet: %s", event.id, event.type, cause);
                    sent.increment(done);
                    return new Pass(done, true);
                }
            }
            sent.increment(done);
            return new Pass(done, acks.size() < batch.size());
        });
    }

    private void cleanUpIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxEvent where sentAt < :before")
                .setParameter("before", OffsetDateTime.now(ZoneOffset.UTC).minus(config.relay().retention()))
                .executeUpdate());
    }

    /**
     * What the producer is built from: the shared Kafka settings, then idempotent sends acknowledged by all
     * replicas, bounded by {@code jiedao.events.relay.send-timeout}.
     */
    public Properties producerConfig() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replaceAll("[^A-Za-z0-9]", ""));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int timeout = (int) config.relay().sendTimeout().toMillis();
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5_000, timeout - 10));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5_000, timeout));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return kafka.with(props);
    }

    private static boolean failedAlready(Future<?> future) {
        try {
            future.get(0, TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}

package cn.jiedao.eventing.consumer;

import cn.jiedao.eventing.CloudEvent;
import cn.jiedao.eventing.CloudEvents;
import cn.jiedao.eventing.DeadLetters;
import cn.jiedao.eventing.InvalidEventException;
import cn.jiedao.eventing.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one shape of a Kafka consumer: read the CloudEvent, check its type, read and validate its data (Bean
 * Validation), then, in one transaction, skip an event id already in the inbox, apply the event and record
 * its id. A message that is not a CloudEvent, has a type the consumer does not read, or data that fails its
 * contract goes to {@code <topic>.dlq} with the reason, and consumption goes on.
 *
 * <p>A poll is handled in one transaction (what lets a burst through: one commit for hundreds of events);
 * should it fail, each event is tried in a transaction of its own, so one bad event cannot hold back the
 * others, and the one that still fails goes to the dead-letter topic. The call returns only when the rejected
 * records are on the dead-letter topic, so acknowledging the poll afterwards loses none.
 *
 * <p>Built once per consumer with {@link EventConsumers#named(String)}; the {@code @Incoming} method hands it
 * a record or a poll:
 * <pre>{@code
 * @Incoming("dispute-events") @Blocking
 * public void onDisputeEvents(ConsumerRecords<String, String> poll) { consumer.accept(poll); }
 * }</pre>
 */
public final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** What the consumer does with the data of one event, inside the transaction that records its id. */
    @FunctionalInterface
    public interface Handler<T> {
        void apply(T data, CloudEvent event);
    }

    /**
     * What the consumer does with the data of several events of one type at once (consecutive events of a poll
     * seen for the first time), inside the transaction that records their ids: a handler that writes one row
     * per event with one statement for all of them.
     */
    @FunctionalInterface
    public interface BatchHandler<T> {
        void apply(List<Item<T>> items);
    }

    /** One event of a batch: its data, read and validated, and the event. */
    public record Item<T>(T data, CloudEvent event) {
    }

    record Binding<T>(Class<T> dataType, Handler<T> handler, BatchHandler<T> batchHandler) {
        void apply(Object data, CloudEvent event) {
            if (handler != null) {
                handler.apply(dataType.cast(data), event);
            } else {
                batchHandler.apply(List.of(new Item<>(dataType.cast(data), event)));
            }
        }

        void applyAll(List<Readable> events) {
            List<Item<T>> items = new ArrayList<>(events.size());
            events.forEach(one -> items.add(new Item<>(dataType.cast(one.data()), one.event())));
            batchHandler.apply(items);
        }
    }

    /** An event that passed the contract checks, with its data read. */
    record Readable(ConsumerRecord<String, String> record, CloudEvent event, Object data, Binding<?> binding) {
    }

    private final String name;
    private final Map<String, Binding<?>> bindings;
    private final boolean ignoreOtherTypes;
    private final EventConsumers deps;

    EventConsumer(String name, Map<String, Binding<?>> bindings, boolean ignoreOtherTypes, EventConsumers deps) {
        this.name = name;
        this.bindings = Map.copyOf(bindings);
        this.ignoreOtherTypes = ignoreOtherTypes;
        this.deps = deps;
    }

    /** The inbox's name for this consumer: the same event id is handled once per consumer. */
    public String name() {
        return name;
    }

    /** One record, in a transaction of its own. */
    public void accept(ConsumerRecord<String, String> record) {
        accept(List.of(record));
    }

    /** A poll, in one transaction. */
    public void accept(Iterable<ConsumerRecord<String, String>> poll) {
        List<Readable> readable = new ArrayList<>();
        List<DeadLetters.Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : poll) {
            try {
                Readable one = read(record);
                if (one != null) {
                    readable.add(one);
                }
            } catch (InvalidEventException e) {
                rejected.add(new DeadLetters.Rejected(record, e.getMessage()));
            }
        }
        if (!readable.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(readable));
            } catch (RuntimeException pollFailed) {
                if (readable.size() > 1) {
                    LOG.warnf("%s: a poll of %d events failed (%s); trying them one by one", name, readable.size(),
                            pollFailed.toString());
                }
                for (Readable one : readable) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> apply(one));
                    } catch (RuntimeException e) {
                        rejected.add(new DeadLetters.Rejected(one.record(), one.event().type() + " " + one.event().id()
                                + " could not be applied: " + reason(e)));
                    }
                }
            }
        }
        deps.deadLetters.send(rejected);
    }

    private Readable read(ConsumerRecord<String, String> record) {
        CloudEvent event = deps.cloudEvents.parse(record.value());
        Binding<?> binding = bindings.get(event.type());
        if (binding == null) {
            if (ignoreOtherTypes) {
                return null;
            }
            throw new InvalidEventException("unexpected type " + event.type() + " in event " + event.id() + ": "
                    + name + " reads only " + bindings.keySet() + " from " + record.topic());
        }
        Object data = deps.cloudEvents.data(event, binding.dataType());
        Set<ConstraintViolation<Object>> violations = deps.validator.validate(data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(event.type() + " " + event.id() + " is not valid: " + violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> "data." + v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return new Readable(record, event, data, binding);
    }

    /**
     * A poll in the caller's transaction: the inbox records every event id with one statement, then each
     * event seen for the first time is applied; its rows are written in JDBC batches every
     * {@value #FLUSH_EVERY} events (then forgotten, so that the persistence context, and the checks Hibernate
     * makes before each query, stay small).
     */
    private void applyAll(List<Readable> readable) {
        List<Inbox.Delivery> deliveries = new ArrayList<>(readable.size());
        readable.forEach(one -> deliveries.add(new Inbox.Delivery(one.event().id(), one.event().type())));
        Set<String> first = deps.inbox.firstDeliveries(name, deliveries);
        int applied = 0;
        List<Readable> batch = new ArrayList<>();
        for (Readable one : readable) {
            if (!first.remove(one.event().id())) {
                LOG.debugf("%s: event %s already handled", name, one.event().id());
                continue;
            }
            if (one.binding().batchHandler() != null) {
                if (!batch.isEmpty() && batch.get(0).binding() != one.binding()) {
                    applied = applyBatch(batch, applied);
                }
                batch.add(one);
                continue;
            }
            applied = applyBatch(batch, applied);
            one.binding().apply(one.data(), one.event());
            if (++applied % FLUSH_EVERY == 0) {
                deps.em.flush();
                deps.em.clear();
            }
        }
        applyBatch(batch, applied);
        deps.em.flush();
        deps.em.clear();
    }

    /** Consecutive events of one batch binding, {@value #FLUSH_EVERY} at a time; empties {@code batch}. */
    private int applyBatch(List<Readable> batch, int applied) {
        for (int from = 0; from < batch.size(); from += FLUSH_EVERY) {
            List<Readable> part = batch.subList(from, Math.min(batch.size(), from + FLUSH_EVERY));
            part.get(0).binding().applyAll(part);
            applied += part.size();
            deps.em.flush();
            deps.em.clear();
        }
        batch.clear();
        return applied;
    }

    /** Events applied between two flushes of a poll (the JDBC batch size is eventing's 100 statements). */
    static final int FLUSH_EVERY = 100;

    private void apply(Readable one) {
        if (!deps.inbox.firstDelivery(name, one.event().id(), one.event().type())) {
            LOG.debugf("%s: event %s already handled", name, one.event().id());
            return;
        }
        one.binding().apply(one.data(), one.event());
    }

    private static String reason(Throwable e) {
        if (e instanceof InvalidEventException) {
            return e.getMessage();
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof InvalidEventException) {
                return cause.getMessage();
            }
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Declares the event types a consumer reads, each with its data type and handler. */
    public static final class Builder {
        private final String name;
        private final EventConsumers deps;
        private final Map<String, Binding<?>> bindings = new LinkedHashMap<>();
        private boolean ignoreOtherTypes;

        Builder(String name, EventConsumers deps) {
            this.name = name;
            this.deps = deps;
        }

        /** Events of {@code type}: their data read as {@code dataType}, validated, then handled. */
        public <T> Builder on(String type, Class<T> dataType, Handler<T> handler) {
            bindings.put(type, new Binding<>(dataType, handler, null));
            return this;
        }

        /**
         * Events of {@code type} handled several at a time: consecutive first deliveries of a poll (up to
         * {@value EventConsumer#FLUSH_EVERY}) in one call, in the poll's order; one at a time when a poll is
         * retried event by event.
         */
        public <T> Builder onBatch(String type, Class<T> dataType, BatchHandler<T> handler) {
            bindings.put(type, new Binding<>(dataType, null, handler));
            return this;
        }

        /**
         * Other types on the topic are another consumer's business and are skipped. Without this, an event of
         * a type not declared goes to the dead-letter topic: the right answer on a topic with a single type.
         */
        public Builder ignoringOtherTypes() {
            this.ignoreOtherTypes = true;
            return this;
        }

        public EventConsumer build() {
            if (bindings.isEmpty()) {
                throw new IllegalStateException("consumer " + name + " reads no event type");
            }
            return new EventConsumer(name, bindings, ignoreOtherTypes, deps);
        }
    }
}

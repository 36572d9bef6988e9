package cn.jiedao.eventing.outbox;

import cn.jiedao.eventing.CloudEvent;
import cn.jiedao.eventing.CloudEvents;
import cn.jiedao.eventing.EventingConfig;
import cn.jiedao.kernel.time.StreetTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Publishes an event as part of the caller's transaction: the row commits with the state change or not at
 * all, so no event is lost when Kafka is down and none is sent for a rolled-back change. After a commit
 * the relay is woken so that the event leaves at once. Each appended row is fired as a CDI event
 * ({@code @Observes OutboxEvent}, synchronous, in the caller's transaction): the services' tests check every
 * event against its published contract in {@code docs/events} that way; an observer that throws rolls the
 * change back.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    CloudEvents cloudEvents;

    @Inject
    EventingConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    StreetTime time;

    /** Each row as appended, to synchronous observers in the caller's transaction (the tests' contract check). */
    @Inject
    Event<OutboxEvent> appended;

    /**
     * @param topic the topic, {@code <producer>.<subject>}
     * @param key   the aggregate id: events with the same key arrive in the order they were published
     * @param type  the CloudEvents type, e.g. {@code mediation.dispute.registered}
     * @param data  the event's data, written as JSON
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object data) {
        UUID id = UUID.randomUUID();
        // The event's time is the street's (what a test fixes, in the street's offset); the row's is the
        // machine's, which the relay orders and ages rows by.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), type, config.source(), time.now(), key,
                "application/json", cloudEvents.toTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = topic;
        row.key = key;
        row.type = type;
        row.payload = cloudEvents.write(event);
        row.createdAt = now;
        row.persist();
        appended.fire(row);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return id;
    }
}

package cn.jiedao.economy;

import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.testing.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every event this service's outbox appends during its tests is checked against its contract in docs/events,
 * in the transaction that publishes it: an event that breaks it fails the change, and so the test, that
 * published it ({@code EventContractsTest} shows the check is on).
 */
@ApplicationScoped
public class PublishedEventsContract {

    void appended(@Observes OutboxEvent row) {
        EventContracts.assertPublished(row.topic, row.payload);
    }
}

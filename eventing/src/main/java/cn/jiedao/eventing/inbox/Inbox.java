package cn.jiedao.eventing.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer side of exactly-once effects: record an event id in the same transaction as the event's
 * effect. A redelivered event finds its id already recorded and changes nothing; two concurrent deliveries
 * serialise on the primary key and only one applies.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /**
     * @return true the first time {@code consumer} sees {@code eventId} (apply the event), false for a
     *         redelivery (skip it)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String eventType) {
        int inserted = em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type) values (:consumer, :eventId, :eventType)
                on conflict (consumer, event_id) do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .executeUpdate();
        return inserted == 1;
    }
}

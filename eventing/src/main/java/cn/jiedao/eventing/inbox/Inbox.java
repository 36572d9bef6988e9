package cn.jiedao.eventing.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** An event to record: its id and type. */
    public record Delivery(String eventId, String eventType) {
    }

    /**
     * {@link #firstDelivery} for several events with one statement per {@value #CHUNK} (a consumer's poll):
     * the ids of {@code deliveries} seen for the first time by {@code consumer}. An id given twice is
     * returned once (the caller applies it once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<String> firstDeliveries(String consumer, List<Delivery> deliveries) {
        Set<String> first = new HashSet<>();
        for (int from = 0; from < deliveries.size(); from += CHUNK) {
            List<Delivery> chunk = deliveries.subList(from, Math.min(deliveries.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into inbox_event (consumer, event_id, event_type) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(2 * i + 2).append(", ?").append(2 * i + 3)
                        .append(')');
            }
            sql.append(" on conflict (consumer, event_id) do nothing returning event_id");
            var query = em.createNativeQuery(sql.toString()).setParameter(1, consumer);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(2 * i + 2, chunk.get(i).eventId()).setParameter(2 * i + 3, chunk.get(i).eventType());
            }
            // Only the inbox is written: nothing else pending in the persistence context needs flushing first.
            query.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("inbox_event");
            first.addAll((List<String>) new ArrayList<>(query.getResultList()));
        }
        return first;
    }

    static final int CHUNK = 500;
}

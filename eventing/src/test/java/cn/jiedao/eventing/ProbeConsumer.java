package cn.jiedao.eventing;

import cn.jiedao.eventing.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer written the way every service writes one: parse, skip a seen id, apply, all in one transaction. */
@ApplicationScoped
public class ProbeConsumer {

    public record Tally(String name) {
    }

    @Inject
    CloudEvents cloudEvents;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Incoming("probe-in")
    @Blocking
    @Transactional
    public void on(String message) {
        CloudEvent event = cloudEvents.parse(message);
        if (!inbox.firstDelivery("eventing-test.probe", event.id(), event.type())) {
            return;
        }
        Tally tally = cloudEvents.data(event, Tally.class);
        if (tally.name() == null) {
            throw new InvalidEventException("data.name is missing");
        }
        em.createNativeQuery("""
                insert into probe_tally (name, applied) values (?1, 1)
                on conflict (name) do update set applied = probe_tally.applied + 1""")
                .setParameter(1, tally.name())
                .executeUpdate();
    }
}

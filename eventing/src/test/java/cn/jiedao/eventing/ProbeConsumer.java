package cn.jiedao.eventing;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumers written the way every service writes one, with {@link EventConsumer}: a record at a time on
 * {@code eventing-test.inbound}, a poll at a time on {@code eventing-test.inbound-batch}. A tally named
 * {@code fail-…} cannot be applied, as a record the database refuses would not be.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String TALLIED = "test.probe.tallied";

    public record Tally(@NotBlank @Size(max = 100) String name) {
    }

    @Inject
    EventConsumers consumers;

    @Inject
    EntityManager em;

    private EventConsumer single;
    private EventConsumer batch;

    @PostConstruct
    void build() {
        single = consumers.named("eventing-test.probe").on(TALLIED, Tally.class, (tally, event) -> apply(tally))
                .build();
        batch = consumers.named("eventing-test.probe-batch").on(TALLIED, Tally.class, (tally, event) -> apply(tally))
                .ignoringOtherTypes().build();
    }

    @Incoming("probe-in")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        single.accept(record);
    }

    @Incoming("probe-batch-in")
    @Blocking
    public void onPoll(ConsumerRecords<String, String> poll) {
        batch.accept(poll);
    }

    private void apply(Tally tally) {
        if (tally.name().startsWith("fail-")) {
            throw new IllegalStateException("tally " + tally.name() + " cannot be applied");
        }
        em.createNativeQuery("""
                insert into probe_tally (name, applied) values (?1, 1)
                on conflict (name) do update set applied = probe_tally.applied + 1""")
                .setParameter(1, tally.name())
                .executeUpdate();
    }
}

package cn.jiedao.safety.construction;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import cn.jiedao.kernel.security.Actor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code mediation.dispute-events} with an {@link EventConsumer}: a resident complaint about an illegal
 * structure ({@code mediation.dispute.registered} with {@code illegalStructure}) opens an enforcement case.
 * The case is opened REPORTED and announced on {@code safety.case-events}. The event id goes into the inbox in
 * the same transaction as the case, so a redelivery opens nothing; the
 * other types of the topic are mediation's other consumers' business; a message that is not a readable
 * dispute event goes to {@code mediation.dispute-events.dlq} with the reason.
 */
@ApplicationScoped
public class DisputeEventsConsumer {

    static final String CONSUMER = "safety.illegal-construction";
    static final String REGISTERED = "mediation.dispute.registered";
    private static final Logger LOG = Logger.getLogger(DisputeEventsConsumer.class);

    /** The part of mediation's {@code mediation.dispute.registered} data this service needs. */
    public record DisputeRegistered(@NotNull(message = "is missing") UUID disputeId, String caseNo, String category,
            String summary, String address, String gridCode, boolean illegalStructure, OffsetDateTime registeredAt) {
    }

    @Inject
    EventConsumers consumers;

    @Inject
    ConstructionCaseService cases;

    private EventConsumer consumer;

    @PostConstruct
    void build() {
        consumer = consumers.named(CONSUMER).on(REGISTERED, DisputeRegistered.class, (dispute, event) -> open(dispute))
                .ignoringOtherTypes().build();
    }

    @Incoming("dispute-events")
    @Blocking
    public void onDisputeEvent(ConsumerRecord<String, String> record) {
        consumer.accept(record);
    }

    private void open(DisputeRegistered dispute) {
        if (!dispute.illegalStructure()) {
            return;
        }
        if (IllegalConstructionCase.count("sourceDisputeId", dispute.disputeId()) > 0) {
            return; // the same complaint sent again under another event id
        }
        IllegalConstructionCase c = cases.open(new ConstructionCaseService.Opening(CaseSource.COMPLAINT,
                dispute.disputeId(), dispute.caseNo(), dispute.address(),
                dispute.gridCode(), dispute.summary() == null ? "违章搭建投诉" : dispute.summary()),
                Actor.system("kafka:mediation.dispute-events"));
        LOG.infof("Opened illegal-construction case %s for complaint %s", c.caseNo, dispute.caseNo());
    }
}

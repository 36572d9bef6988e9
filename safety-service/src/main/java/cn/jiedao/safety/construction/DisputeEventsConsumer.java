package cn.jiedao.safety.construction;

import cn.jiedao.eventing.CloudEvent;
import cn.jiedao.eventing.CloudEvents;
import cn.jiedao.eventing.InvalidEventException;
import cn.jiedao.eventing.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code mediation.dispute-events}: a resident complaint about an illegal structure opens an
 * enforcement case. The event id goes into the inbox in the same transaction as the case, so a redelivery
 * opens nothing; a message that is not a readable dispute event goes to {@code mediation.dispute-events.dlq}.
 */
@ApplicationScoped
public class DisputeEventsConsumer {

    static final String CONSUMER = "safety.illegal-construction";
    private static final Logger LOG = Logger.getLogger(DisputeEventsConsumer.class);

    /** The part of mediation's {@code mediation.dispute.registered} data this service needs. */
    public record DisputeRegistered(UUID disputeId, String caseNo, String category, String summary,
            String address, String gridCode, boolean illegalStructure, OffsetDateTime registeredAt) {
    }

    @Inject
    CloudEvents cloudEvents;

    @Inject
    Inbox inbox;

    @Incoming("dispute-events")
    @Blocking
    @Transactional
    public void onDisputeEvent(String message) {
        CloudEvent event = cloudEvents.parse(message);
        if (!inbox.firstDelivery(CONSUMER, event.id(), event.type())) {
            LOG.debugf("Event %s already handled", event.id());
            return;
        }
        if (!"mediation.dispute.registered".equals(event.type())) {
            return;
        }
        DisputeRegistered dispute = cloudEvents.data(event, DisputeRegistered.class);
        if (dispute.disputeId() == null) {
            throw new InvalidEventException("data.disputeId is missing in event " + event.id());
        }
        if (!dispute.illegalStructure()) {
            return;
        }
        if (IllegalConstructionCase.count("sourceDisputeId", dispute.disputeId()) > 0) {
            return; // the same complaint sent again under another event id
        }
        IllegalConstructionCase c = new IllegalConstructionCase();
        c.id = UUID.randomUUID();
        c.sourceDisputeId = dispute.disputeId();
        c.sourceCaseNo = dispute.caseNo();
        c.address = dispute.address();
        c.gridCode = dispute.gridCode();
        c.description = dispute.summary() == null ? "违章搭建投诉" : dispute.summary();
        c.status = ConstructionCaseStatus.OPEN;
        c.openedAt = OffsetDateTime.now();
        c.persist();
        LOG.infof("Opened illegal-construction case %s for complaint %s", c.id, dispute.caseNo());
    }
}

package cn.jiedao.mediation.dispute;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import cn.jiedao.kernel.security.Actor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code safety.case-events} with an {@link EventConsumer}: each step of an illegal-construction case
 * opened from a resident's complaint goes into that dispute's history, and a demolition concludes the
 * complaint RESOLVED if it is still received or accepted. A case a patrol found (no dispute) is none of
 * mediation's business. The event id goes into the inbox with the history entry, so a redelivery records
 * nothing twice; an unreadable event goes to {@code safety.case-events.dlq} with the reason.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "mediation.construction-cases";
    static final String DEMOLISHED = "safety.case.demolished";
    static final String[] TYPES = {"safety.case.opened", "safety.case.verified", "safety.case.notice-issued",
            DEMOLISHED, "safety.case.legalised", "safety.case.closed"};
    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);

    /** The part of safety's case step this service needs. */
    public record CaseStepData(@NotNull(message = "is missing") UUID caseId,
            @NotBlank(message = "is missing") String caseNo, UUID sourceDisputeId,
            @NotBlank(message = "is missing") String note) {
    }

    @Inject
    EventConsumers consumers;

    @Inject
    DisputeService disputes;

    private EventConsumer consumer;

    @PostConstruct
    void build() {
        var builder = consumers.named(CONSUMER);
        for (String type : TYPES) {
            builder = builder.on(type, CaseStepData.class, (step, event) -> record(step, event.type()));
        }
        consumer = builder.ignoringOtherTypes().build();
    }

    @Incoming("case-events")
    @Blocking
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        consumer.accept(record);
    }

    private void record(CaseStepData step, String type) {
        if (step.sourceDisputeId() == null) {
            return;
        }
        boolean known = disputes.recordCaseStep(step.sourceDisputeId(), new DisputeService.CaseStep(step.caseId(),
                step.caseNo(), type, step.note(), DEMOLISHED.equals(type)), Actor.system("kafka:safety.case-events"));
        if (!known) {
            LOG.warnf("Case %s names dispute %s, which mediation does not hold: nothing recorded", step.caseNo(),
                    step.sourceDisputeId());
        }
    }
}

package cn.jiedao.mediation.dispute;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import cn.jiedao.kernel.security.Actor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code hub.volunteer-events} with an {@link EventConsumer}: a volunteer activity that helped settle a
 * dispute goes into that dispute's history as a VOLUNTEER_HELP entry naming the team, whatever the dispute's
 * status. An activity naming a case number mediation does not hold is logged and left. The event id goes into
 * the inbox with the history entry, so a redelivery records nothing twice; an unreadable event goes to
 * {@code hub.volunteer-events.dlq} with the reason.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    static final String CONSUMER = "mediation.volunteer-help";
    static final String DISPUTE_HELPED = "hub.volunteer-activity.dispute-helped";
    private static final Logger LOG = Logger.getLogger(VolunteerEventsConsumer.class);

    /** The part of the hub's activity this service needs. */
    public record DisputeHelpedData(@NotNull(message = "is missing") UUID activityId,
            @NotBlank(message = "is missing") String teamName,
            @NotBlank(message = "is missing") String title,
            @NotNull(message = "is missing") LocalDate heldOn,
            @NotBlank(message = "is missing") String disputeCaseNo,
            @Min(value = 1, message = "must be at least 1") int volunteers,
            String note) {
    }

    @Inject
    EventConsumers consumers;

    @Inject
    DisputeService disputes;

    private EventConsumer consumer;

    @PostConstruct
    void build() {
        consumer = consumers.named(CONSUMER).on(DISPUTE_HELPED, DisputeHelpedData.class, (help, event) -> record(help))
                .ignoringOtherTypes().build();
    }

    @Incoming("volunteer-events")
    @Blocking
    public void onVolunteerEvent(ConsumerRecord<String, String> record) {
        consumer.accept(record);
    }

    private void record(DisputeHelpedData help) {
        boolean known = disputes.recordVolunteerHelp(help.disputeCaseNo(), new DisputeService.VolunteerHelp(
                help.teamName(), help.title(), help.heldOn(), help.volunteers(), help.note()),
                Actor.system("kafka:hub.volunteer-events"));
        if (!known) {
            LOG.warnf("Volunteer activity %s names dispute %s, which mediation does not hold: nothing recorded",
                    help.activityId(), help.disputeCaseNo());
        }
    }
}

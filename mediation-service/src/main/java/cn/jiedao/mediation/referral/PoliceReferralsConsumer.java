package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code police.dispute-referrals} a poll at a time with an {@link EventConsumer}: each referral's data
 * is checked against {@link ReferralRequest} (Bean Validation), its event id goes into the inbox with the
 * dispute it registers (once per referral number), and the poll is one transaction, which is what lets a
 * burst of referrals through (the per-year case-number counter is locked once per poll, one commit covers
 * hundreds of referrals). A referral that breaks the contract (not a CloudEvent, no referral number, no
 * summary, a bad phone...) goes to {@code police.dispute-referrals.dlq} with the reason; consumption goes on.
 */
@ApplicationScoped
public class PoliceReferralsConsumer {

    static final String CONSUMER = "mediation.police-referrals";
    public static final String TYPE = "police.dispute.referred";
    private static final Logger LOG = Logger.getLogger(PoliceReferralsConsumer.class);

    @Inject
    EventConsumers consumers;

    @Inject
    PoliceReferralService referrals;

    private EventConsumer consumer;

    @PostConstruct
    void build() {
        consumer = consumers.named(CONSUMER).on(TYPE, ReferralRequest.class, (referral, event) -> {
            if (!referrals.receiveEvent(referral, event.id())) {
                LOG.infof("Referral %s already received (event %s): nothing registered", referral.referralNo(),
                        event.id());
            }
        }).build();
    }

    @Incoming("police-referrals")
    @Blocking
    public void onReferrals(ConsumerRecords<String, String> poll) {
        consumer.accept(poll);
    }
}

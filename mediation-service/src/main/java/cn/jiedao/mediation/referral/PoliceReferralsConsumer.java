package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code police.dispute-referrals} a poll at a time with an {@link EventConsumer}: each referral's data
 * is checked against {@link ReferralRequest} (Bean Validation), its event id goes into the inbox with the
 * dispute it registers (once per referral number), and the poll is one transaction, which is what lets a
 * burst of referrals through: one statement records the poll's event ids, one claims up to 100 referral
 * numbers, the disputes and their rows go in JDBC batches, case numbers are reserved in blocks, and one
 * commit covers hundreds of referrals. A referral that breaks the contract (not a CloudEvent, no referral number, no
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
        consumer = consumers.named(CONSUMER).onBatch(TYPE, ReferralRequest.class, items -> {
            List<String> already = referrals.receiveEvents(items.stream()
                    .map(item -> new PoliceReferralService.Received(item.data(), item.event().id())).toList());
            if (!already.isEmpty()) {
                LOG.infof("Referrals %s already received: nothing registered for them", already);
            }
        }).build();
    }

    @Incoming("police-referrals")
    @Blocking
    public void onReferrals(ConsumerRecords<String, String> poll) {
        consumer.accept(poll);
    }
}

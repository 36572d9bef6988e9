package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.CloudEvent;
import cn.jiedao.eventing.CloudEvents;
import cn.jiedao.eventing.InvalidEventException;
import cn.jiedao.eventing.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code police.dispute-referrals}. In one transaction: skip an event id already handled, register the
 * referral's dispute (once per referral number), record the id. A referral that breaks the contract (no
 * referral number, no summary, a bad phone...) goes to {@code police.dispute-referrals.dlq} with the
 * reason; consumption goes on.
 *
 * <p>Messages are handled concurrently ({@code ordered = false}): referrals are independent of each other and
 * idempotent on their number, so their order does not matter, and concurrency keeps the latency low under a
 * steady stream (see the benchmark in the README). Two deliveries of one referral serialise on the
 * inbox's and the referral's unique keys.
 */
@ApplicationScoped
public class PoliceReferralsConsumer {

    static final String CONSUMER = "mediation.police-referrals";
    public static final String TYPE = "police.dispute.referred";
    private static final Logger LOG = Logger.getLogger(PoliceReferralsConsumer.class);

    @Inject
    CloudEvents cloudEvents;

    @Inject
    Inbox inbox;

    @Inject
    Validator validator;

    @Inject
    PoliceReferralService referrals;

    @Incoming("police-referrals")
    @Blocking(ordered = false)
    @Transactional
    public void onReferral(String message) {
        CloudEvent event = cloudEvents.parse(message);
        if (!TYPE.equals(event.type())) {
            throw new InvalidEventException("unexpected type " + event.type() + " in event " + event.id()
                    + ": only " + TYPE + " is read from police.dispute-referrals");
        }
        ReferralRequest referral = cloudEvents.data(event, ReferralRequest.class);
        Set<ConstraintViolation<ReferralRequest>> violations = validator.validate(referral);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("referral " + event.id() + " is not valid: " + violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> "data." + v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        if (!inbox.firstDelivery(CONSUMER, event.id(), event.type())) {
            LOG.debugf("Event %s already handled", event.id());
            return;
        }
        if (!referrals.receiveEvent(referral, event.id())) {
            LOG.infof("Referral %s already received (event %s): nothing registered", referral.referralNo(), event.id());
        }
    }
}

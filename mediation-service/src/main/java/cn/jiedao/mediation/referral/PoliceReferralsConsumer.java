package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.CloudEvent;
import cn.jiedao.eventing.DeadLetters;
import cn.jiedao.eventing.CloudEvents;
import cn.jiedao.eventing.InvalidEventException;
import cn.jiedao.eventing.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code police.dispute-referrals} a poll at a time, in one transaction: for each referral, skip an
 * event id already handled, register the referral's dispute (once per referral number), record the id. One
 * transaction per poll instead of per message is what lets a burst of referrals through: the per-year
 * case-number counter is locked once per batch, and one commit covers hundreds of referrals.
 *
 * <p>A referral that breaks the contract (not a CloudEvent, no referral number, no summary, a bad
 * phone...) is left out of the transaction and goes to {@code police.dispute-referrals.dlq} with the reason;
 * consumption goes on. Should the batch's transaction fail for another reason, each referral is tried in a
 * transaction of its own, so one bad record cannot hold back the others. The poll is acknowledged only after
 * its rejected records are on the dead-letter topic.
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

    @Inject
    DeadLetters deadLetters;

    @Inject
    EntityManager em;

    /** A referral that passed the contract checks. */
    record Readable(ConsumerRecord<String, String> record, CloudEvent event, ReferralRequest referral) {
    }

    @Incoming("police-referrals")
    @Blocking
    public void onReferrals(ConsumerRecords<String, String> poll) {
        List<Readable> readable = new ArrayList<>(poll.count());
        List<DeadLetters.Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : poll) {
            try {
                readable.add(read(record));
            } catch (InvalidEventException e) {
                rejected.add(new DeadLetters.Rejected(record, e.getMessage()));
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> readable.forEach(one -> {
                apply(one);
                // Write this referral's rows now and forget them: the persistence context stays small, so
                // the checks Hibernate makes before each query do not grow with the batch.
                em.flush();
                em.clear();
            }));
        } catch (RuntimeException batchFailed) {
            LOG.warnf("A batch of %d referrals failed (%s); trying them one by one", readable.size(),
                    batchFailed.toString());
            for (Readable one : readable) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> apply(one));
                } catch (RuntimeException e) {
                    rejected.add(new DeadLetters.Rejected(one.record(), "referral " + one.referral().referralNo()
                            + " could not be registered: " + rootCause(e)));
                }
            }
        }
        deadLetters.send(rejected);
    }

    private Readable read(ConsumerRecord<String, String> record) {
        CloudEvent event = cloudEvents.parse(record.value());
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
        return new Readable(record, event, referral);
    }

    private void apply(Readable one) {
        if (!inbox.firstDelivery(CONSUMER, one.event().id(), one.event().type())) {
            LOG.debugf("Event %s already handled", one.event().id());
            return;
        }
        if (!referrals.receiveEvent(one.referral(), one.event().id())) {
            LOG.infof("Referral %s already received (event %s): nothing registered", one.referral().referralNo(),
                    one.event().id());
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.mediation.dispute.DisputeEnded;
import cn.jiedao.mediation.dispute.DisputeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Tells the police how a referred dispute ended: {@code mediation.referral.concluded} on
 * {@code mediation.referral-outcomes}, keyed by the referral number, through the outbox in the transaction
 * that concluded or withdrew the dispute.
 */
@ApplicationScoped
public class ReferralOutcomes {

    public static final String TOPIC = "mediation.referral-outcomes";
    public static final String CONCLUDED = "mediation.referral.concluded";

    /** {@code outcome} is RESOLVED, FAILED, ESCALATED or WITHDRAWN. */
    public record Outcome(String referralNo, UUID disputeId, String caseNo, String outcome,
            OffsetDateTime concludedAt, String summary) {
    }

    @Inject
    Outbox outbox;

    void onDisputeEnded(@Observes DisputeEnded ended) {
        Dispute d = ended.dispute();
        if (d.referralNo == null) {
            return;
        }
        boolean withdrawn = d.status == DisputeStatus.WITHDRAWN;
        outbox.publish(TOPIC, d.referralNo, CONCLUDED, new Outcome(d.referralNo, d.id, d.caseNo,
                withdrawn ? "WITHDRAWN" : d.outcome.name(), withdrawn ? d.withdrawnAt : d.concludedAt,
                d.conclusionSummary));
    }
}

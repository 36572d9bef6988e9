package cn.jiedao.mediation.dispute;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The events of {@code mediation.dispute-events}: their topic, types and data. */
public final class DisputeEvents {

    public static final String TOPIC = "mediation.dispute-events";
    public static final String REGISTERED = "mediation.dispute.registered";
    public static final String CONCLUDED = "mediation.dispute.concluded";
    public static final String WITHDRAWN = "mediation.dispute.withdrawn";

    /** Data of {@value #REGISTERED}; {@code illegalStructure} asks safety to open an enforcement case. */
    public record Registered(UUID disputeId, String caseNo, IntakeChannel channel, DisputeCategory category,
            String summary, String address, String gridCode, boolean illegalStructure,
            OffsetDateTime registeredAt, OffsetDateTime receivedAt, boolean needsClassification, String referralNo) {

        static Registered of(Dispute d) {
            return new Registered(d.id, d.caseNo, d.channel, d.category, d.summary, d.address, d.gridCode,
                    d.illegalStructure, d.registeredAt, d.receivedAt, d.needsClassification, d.referralNo);
        }
    }

    /** Data of {@value #CONCLUDED} and {@value #WITHDRAWN}: how it ended, with category and grid for the figures. */
    public record Ended(UUID disputeId, String caseNo, IntakeChannel channel, DisputeCategory category,
            String gridCode, boolean illegalStructure, DisputeStatus status, DisputeOutcome outcome,
            OffsetDateTime endedAt) {

        static Ended of(Dispute d) {
            return new Ended(d.id, d.caseNo, d.channel, d.category, d.gridCode, d.illegalStructure, d.status,
                    d.outcome, d.status == DisputeStatus.WITHDRAWN ? d.withdrawnAt : d.concludedAt);
        }
    }

    private DisputeEvents() {
    }
}

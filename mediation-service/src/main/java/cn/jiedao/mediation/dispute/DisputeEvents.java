package cn.jiedao.mediation.dispute;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The events of {@code mediation.dispute-events}: their topic, types and data. */
public final class DisputeEvents {

    public static final String TOPIC = "mediation.dispute-events";
    public static final String REGISTERED = "mediation.dispute.registered";

    /** Data of {@value #REGISTERED}; {@code illegalStructure} asks safety to open an enforcement case. */
    public record Registered(UUID disputeId, String caseNo, IntakeChannel channel, DisputeCategory category,
            String summary, String address, String gridCode, boolean illegalStructure,
            OffsetDateTime registeredAt) {

        static Registered of(Dispute d) {
            return new Registered(d.id, d.caseNo, d.channel, d.category, d.summary, d.address, d.gridCode,
                    d.illegalStructure, d.registeredAt);
        }
    }

    private DisputeEvents() {
    }
}

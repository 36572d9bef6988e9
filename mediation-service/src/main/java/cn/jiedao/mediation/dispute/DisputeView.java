package cn.jiedao.mediation.dispute;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dispute")
public record DisputeView(
        UUID id,
        @Schema(example = "TJ-2023-00001") String caseNo,
        IntakeChannel channel,
        DisputeCategory category,
        String summary,
        String address,
        String gridCode,
        boolean illegalStructure,
        Urgency urgency,
        DisputeStatus status,
        OffsetDateTime occurredAt,
        OffsetDateTime registeredAt) {

    static DisputeView of(Dispute d) {
        return new DisputeView(d.id, d.caseNo, d.channel, d.category, d.summary, d.address, d.gridCode,
                d.illegalStructure, d.urgency, d.status, d.occurredAt, d.registeredAt);
    }
}

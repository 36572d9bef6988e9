package cn.jiedao.mediation.referral;

import cn.jiedao.mediation.dispute.DisputeCategory;
import cn.jiedao.mediation.dispute.DisputeOutcome;
import cn.jiedao.mediation.dispute.DisputeStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral with the state of its dispute, as the police system reads it. */
@Schema(name = "PoliceReferral")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        @Schema(example = "JQ-2023-0456") String referralNo,
        String policeStation,
        OffsetDateTime referredAt,
        OffsetDateTime receivedAt,
        ReferralChannel receivedVia,
        String reportedCategory,
        UUID disputeId,
        @Schema(example = "TJ-2023-00017") String caseNo,
        DisputeCategory category,
        boolean needsClassification,
        DisputeStatus status,
        DisputeOutcome outcome,
        OffsetDateTime concludedAt) {
}

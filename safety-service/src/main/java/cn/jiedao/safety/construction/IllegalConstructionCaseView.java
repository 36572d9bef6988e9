package cn.jiedao.safety.construction;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IllegalConstructionCase")
public record IllegalConstructionCaseView(
        UUID id,
        UUID sourceDisputeId,
        @Schema(example = "TJ-2023-00017") String sourceCaseNo,
        String address,
        String gridCode,
        String description,
        ConstructionCaseStatus status,
        @Schema(description = "拆除面积, m²") BigDecimal demolishedAreaM2,
        OffsetDateTime openedAt) {

    static IllegalConstructionCaseView of(IllegalConstructionCase c) {
        return new IllegalConstructionCaseView(c.id, c.sourceDisputeId, c.sourceCaseNo, c.address, c.gridCode,
                c.description, c.status, c.demolishedAreaM2, c.openedAt);
    }
}

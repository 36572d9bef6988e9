package cn.jiedao.safety.construction;

import cn.jiedao.eventing.records.StepEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IllegalConstructionCase")
public record IllegalConstructionCaseView(
        UUID id,
        @Schema(example = "WJ-2023-00017") String caseNo,
        CaseSource source,
        UUID sourceDisputeId,
        @Schema(example = "TJ-2023-00017") String sourceCaseNo,
        String address,
        String gridCode,
        String description,
        String reportedBy,
        ConstructionCaseStatus status,
        @Schema(description = "违建面积 as verified, m²") BigDecimal structureAreaM2,
        OffsetDateTime verifiedAt,
        String noticeNo,
        LocalDate noticeIssuedOn,
        LocalDate rectifyBy,
        LocalDate demolishedOn,
        @Schema(description = "拆除面积, m²") BigDecimal demolishedAreaM2,
        String legalisedNote,
        LocalDate closedOn,
        String closureNote,
        @Schema(description = "when the structure was reported: reportedOn when entered after the fact") OffsetDateTime openedAt,
        @Schema(description = "when the case was entered") OffsetDateTime recordedAt,
        List<ConstructionCaseStep> allowedSteps,
        long version,
        @Schema(description = "on a single case: every step, oldest first") List<Step> history) {

    public record Step(String step, String from, String to, String actor,
            @Schema(description = "when the step was entered") OffsetDateTime at,
            @Schema(description = "when it took effect (its date when entered after the fact), else at")
            OffsetDateTime effectiveAt, String note) {
    }

    static IllegalConstructionCaseView of(IllegalConstructionCase c, List<StepEntry> history) {
        return new IllegalConstructionCaseView(c.id, c.caseNo, c.source, c.sourceDisputeId, c.sourceCaseNo, c.address,
                c.gridCode, c.description, c.reportedBy, c.status, c.structureAreaM2, c.verifiedAt, c.noticeNo,
                c.noticeIssuedOn, c.rectifyBy, c.demolishedOn, c.demolishedAreaM2, c.legalisedNote, c.closedOn,
                c.closureNote, c.openedAt, c.recordedAt, ConstructionCaseLifecycle.LIFECYCLE.allowedFrom(c.status), c.version,
                history == null ? null : history.stream()
                        .map(e -> new Step(e.action, e.fromState, e.toState, e.actor, e.at, e.effectiveAt, e.note)).toList());
    }
}

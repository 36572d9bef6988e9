package cn.jiedao.safety.hazard;

import cn.jiedao.eventing.records.StepEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of hazards. */
public final class HazardViews {

    private HazardViews() {
    }

    /** One finding of an inspection: it becomes a hazard. */
    public record Finding(
            @NotNull HazardDomain domain,
            @NotNull HazardSeverity severity,
            @NotBlank @Size(max = 2000) @Schema(example = "燃气管道使用橡胶软管且超过2米") String description,
            @NotBlank @Size(max = 500) @Schema(example = "《城镇燃气管理条例》第二十八条") String legalBasis,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖小馆 经营者") String responsibleParty) {
    }

    public record ReportRectification(@NotBlank @Size(max = 2000) @Schema(example = "已更换为金属波纹管") String note) {
    }

    public record Verification(@NotNull Boolean passed, @Size(max = 2000) String note) {
    }

    public record Closure(@NotBlank @Size(max = 500) @Schema(example = "经营者已停业") String reason) {
    }

    public record ExtensionRequest(@NotNull LocalDate until, @NotBlank @Size(max = 500) String reason) {
    }

    public record ExtensionDecision(@NotNull Boolean approved, @Size(max = 500) String note) {
    }

    public record Extension(LocalDate until, String reason, String requestedBy, ExtensionStatus status) {
    }

    public record HistoryEntry(String step, String from, String to, String actor, OffsetDateTime at, String note) {

        static HistoryEntry of(StepEntry e) {
            return new HistoryEntry(e.action, e.fromState, e.toState, e.actor, e.at, e.note);
        }
    }

    public record HazardView(UUID id, UUID inspectionId, UUID drillId, UUID siteId, HazardDomain domain, HazardSeverity severity,
            String description, String legalBasis, String responsibleParty, HazardStatus status, LocalDate foundOn,
            LocalDate originalDeadline, LocalDate deadline,
            @Schema(description = "open (or rectification reported) and past its deadline") boolean overdue,
            String rectificationNote, String rectifiedBy, OffsetDateTime rectifiedAt, String verifiedBy,
            LocalDate closedOn, String closureReason, Extension extension, OffsetDateTime escalatedAt,
            Escalation escalationReason, List<HazardStep> allowedSteps, long version,
            @Schema(description = "on a single hazard: every step, oldest first") List<HistoryEntry> history) {

        public static HazardView of(Hazard h, LocalDate today, List<StepEntry> history) {
            return new HazardView(h.id, h.inspectionId, h.drillId, h.siteId, h.domain, h.severity, h.description, h.legalBasis,
                    h.responsibleParty, h.status, h.foundOn, h.originalDeadline, h.deadline,
                    RectificationDeadlines.overdue(h.status, h.deadline, today), h.rectificationNote, h.rectifiedBy,
                    h.rectifiedAt, h.verifiedBy, h.closedOn, h.closureReason,
                    h.extensionStatus == null ? null
                            : new Extension(h.extensionUntil, h.extensionReason, h.extensionRequestedBy,
                                    h.extensionStatus),
                    h.escalatedAt, h.escalationReason, HazardLifecycle.LIFECYCLE.allowedFrom(h.status), h.version,
                    history == null ? null : history.stream().map(HistoryEntry::of).toList());
        }
    }
}

package cn.jiedao.mediation.dispute;

import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.mediation.deadline.DisputeDeadlines;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispute as readers see it: deadlines computed on the fly, personal data masked unless the reader may see it. */
@Schema(name = "Dispute")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisputeView(
        UUID id,
        @Schema(example = "TJ-2023-00001") String caseNo,
        IntakeChannel channel,
        DisputeCategory category,
        boolean needsClassification,
        String summary,
        String address,
        String gridCode,
        boolean illegalStructure,
        Urgency urgency,
        DisputeStatus status,
        OffsetDateTime occurredAt,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        @Schema(example = "JQ-2023-0456") String referralNo,
        List<Party> parties,
        UUID roomId,
        UUID mediatorId,
        OffsetDateTime acceptedAt,
        LocalDate extendedUntil,
        Conclusion conclusion,
        OffsetDateTime withdrawnAt,
        OffsetDateTime closedAt,
        Deadlines deadlines,
        @Schema(description = "Every step so far; only in the single-dispute view") List<Step> history,
        @Schema(description = "Follow-up visits (回访); only in the single-dispute view") List<Visit> followUpVisits) {

    @Schema(name = "FollowUpVisit")
    public record Visit(OffsetDateTime visitedAt, String visitor, int satisfaction, boolean agreementPerformed,
            String note) {
    }

    @Schema(name = "DisputeParty")
    public record Party(PartyRole role, String name,
            @Schema(example = "138****0000") String phone,
            @Schema(example = "110***********002X") String residentId) {
    }

    @Schema(name = "DisputeConclusion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conclusion(DisputeOutcome outcome, OffsetDateTime concludedAt, String summary,
            AgreementForm agreementForm, String obligations, String performanceTerms,
            Boolean jointJudicialConfirmation, FailureAdvice advice, String escalatedTo) {
    }

    @Schema(name = "DisputeDeadlines", description = "Computed from the records in Asia/Shanghai calendar days")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadlines(LocalDate acceptanceDue, LocalDate conclusionDue, LocalDate judicialConfirmationDue,
            boolean overdue) {
    }

    @Schema(name = "DisputeStep")
    public record Step(DisputeAction action, DisputeStatus fromStatus, DisputeStatus toStatus, String actor,
            @Schema(description = "when the step was entered") OffsetDateTime at,
            @Schema(description = "when it took effect: its occurredOn/occurredAt when entered after the fact, else at")
            OffsetDateTime effectiveAt, String note) {

        /** An entry of the dispute's history in {@code lifecycle_step}. */
        static Step of(StepEntry e) {
            return new Step(DisputeAction.valueOf(e.action), e.fromState == null ? null : DisputeStatus.valueOf(e.fromState),
                    DisputeStatus.valueOf(e.toState), e.actor, e.at, e.effectiveAt,
                    e.note);
        }
    }

    public static DisputeView of(Dispute d, List<DisputeParty> parties, DisputeDeadlines rules, LocalDate today,
            boolean unmasked, List<StepEntry> history) {
        return of(d, parties, rules, today, unmasked, history, null);
    }

    public static DisputeView of(Dispute d, List<DisputeParty> parties, DisputeDeadlines rules, LocalDate today,
            boolean unmasked, List<StepEntry> history, List<FollowUpVisit> visits) {
        List<Party> ps = parties.stream().map(p -> new Party(p.role, p.name,
                unmasked ? p.phone : PersonalData.maskPhone(p.phone),
                unmasked ? p.residentId : PersonalData.maskResidentId(p.residentId))).toList();
        Conclusion conclusion = d.outcome == null ? null : new Conclusion(d.outcome, d.concludedAt, d.conclusionSummary,
                d.agreementForm, d.agreementObligations, d.agreementPerformance,
                d.outcome == DisputeOutcome.RESOLVED ? d.judicialConfirmation : null, d.failureAdvice, d.escalatedTo);
        return new DisputeView(d.id, d.caseNo, d.channel, d.category, d.needsClassification, d.summary, d.address,
                d.gridCode, d.illegalStructure, d.urgency, d.status, d.occurredAt, d.receivedAt, d.registeredAt,
                d.referralNo, ps, d.roomId, d.mediatorId, d.acceptedAt, d.extendedUntil, conclusion, d.withdrawnAt,
                d.closedAt, deadlines(d, rules, today),
                history == null ? null : history.stream().map(Step::of).toList(),
                visits == null ? null : visits.stream().map(v -> new Visit(v.visitedAt, v.visitor, v.satisfaction,
                        v.agreementPerformed, v.note)).toList());
    }

    static Deadlines deadlines(Dispute d, DisputeDeadlines rules, LocalDate today) {
        boolean overdue = switch (d.status) {
            case RECEIVED -> rules.acceptanceOverdue(d.receivedAt, today);
            case ACCEPTED -> rules.conclusionOverdue(d.acceptedAt, d.extendedUntil, today);
            default -> false;
        };
        LocalDate judicial = d.judicialConfirmation ? rules.judicialConfirmationDue(d.concludedAt) : null;
        return new Deadlines(rules.acceptanceDue(d.receivedAt), rules.conclusionDue(d.acceptedAt, d.extendedUntil),
                judicial, overdue);
    }
}

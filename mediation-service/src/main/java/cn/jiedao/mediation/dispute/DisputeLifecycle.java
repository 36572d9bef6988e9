package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.problem.ProblemException;
import java.util.Map;
import java.util.Set;

/**
 * The dispute state machine: which action is allowed in which status, and where it leads.
 *
 * <pre>
 * RECEIVED --accept--> ACCEPTED --conclude--> CONCLUDED --follow-up visit--> CLOSED
 * RECEIVED, ACCEPTED --withdraw--> WITHDRAWN
 * ACCEPTED --extend--> ACCEPTED        (both parties agreed to a later conclusion date)
 * RECEIVED, ACCEPTED --classify--> same status   (a referral registered as OTHER gets its category)
 * </pre>
 *
 * An action not allowed in the current status is a 409 problem.
 */
public final class DisputeLifecycle {

    private static final Map<DisputeAction, Set<DisputeStatus>> ALLOWED_FROM = Map.of(
            DisputeAction.ACCEPT, Set.of(DisputeStatus.RECEIVED),
            DisputeAction.EXTEND, Set.of(DisputeStatus.ACCEPTED),
            DisputeAction.CONCLUDE, Set.of(DisputeStatus.ACCEPTED),
            DisputeAction.WITHDRAW, Set.of(DisputeStatus.RECEIVED, DisputeStatus.ACCEPTED),
            DisputeAction.FOLLOW_UP, Set.of(DisputeStatus.CONCLUDED),
            DisputeAction.CLASSIFY, Set.of(DisputeStatus.RECEIVED, DisputeStatus.ACCEPTED));

    private DisputeLifecycle() {
    }

    public static boolean allows(DisputeStatus from, DisputeAction action) {
        return ALLOWED_FROM.getOrDefault(action, Set.of()).contains(from);
    }

    /** The status after {@code action}; throws a 409 problem when the action is not allowed from {@code from}. */
    public static DisputeStatus next(DisputeStatus from, DisputeAction action) {
        if (!allows(from, action)) {
            throw ProblemException.conflict("A dispute in status " + from + " cannot take the step " + action
                    + "; allowed from " + ALLOWED_FROM.getOrDefault(action, Set.of()));
        }
        return switch (action) {
            case ACCEPT -> DisputeStatus.ACCEPTED;
            case CONCLUDE -> DisputeStatus.CONCLUDED;
            case WITHDRAW -> DisputeStatus.WITHDRAWN;
            case FOLLOW_UP -> DisputeStatus.CLOSED;
            case EXTEND, CLASSIFY -> from;
            case REGISTER -> DisputeStatus.RECEIVED;
        };
    }

    /** What a conclusion must carry for its outcome: an agreement, the advice given, or to whom it went. */
    public static void checkConclusion(ConcludeDispute c) {
        switch (c.outcome()) {
            case RESOLVED -> {
                if (c.agreement() == null) {
                    throw ProblemException.badRequest("agreement", "a RESOLVED dispute records its agreement");
                }
                if (c.agreement().jointJudicialConfirmation() && c.agreement().form() != AgreementForm.WRITTEN) {
                    throw ProblemException.badRequest("agreement.jointJudicialConfirmation",
                            "only a WRITTEN agreement can be confirmed by a court (司法确认)");
                }
            }
            case FAILED -> {
                if (c.advice() == null) {
                    throw ProblemException.badRequest("advice",
                            "a FAILED mediation records what the parties were advised (COURT, ARBITRATION, OTHER_DEPARTMENT)");
                }
            }
            case ESCALATED -> {
                if (c.escalatedTo() == null || c.escalatedTo().isBlank()) {
                    throw ProblemException.badRequest("escalatedTo", "an ESCALATED dispute names to whom");
                }
            }
        }
        if (c.outcome() != DisputeOutcome.RESOLVED && c.agreement() != null) {
            throw ProblemException.badRequest("agreement", "only a RESOLVED dispute has an agreement");
        }
    }
}

package cn.jiedao.mediation.dispute;

import static cn.jiedao.mediation.MediationRoles.STEP_ROLES;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import cn.jiedao.kernel.problem.ProblemException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dispute state machine, declared as data ({@link Lifecycle}): which step is allowed in which status,
 * where it leads and who takes it. {@code LifecycleSteps} takes the steps against the database.
 *
 * <pre>
 * RECEIVED --accept--> ACCEPTED --conclude--> CONCLUDED --follow-up visit--> CLOSED
 * RECEIVED, ACCEPTED --withdraw--> WITHDRAWN
 * ACCEPTED --extend--> ACCEPTED        (both parties agreed to a later conclusion date)
 * RECEIVED, ACCEPTED --classify--> same status   (a referral registered as OTHER gets its category)
 * any status --case progress--> same status       (a step of the illegal-construction case it opened)
 * RECEIVED, ACCEPTED --conclude by case--> CONCLUDED (RESOLVED: the structure complained of is demolished)
 * any status --volunteer help--> same status      (a volunteer team's activity helped settle it)
 * </pre>
 *
 * The two case steps are service steps, taken on {@code safety.case-events}, and so is the volunteer help,
 * taken on {@code hub.volunteer-events}: no caller takes them, and {@code allowedSteps} never lists them.
 *
 * Every step is taken by a mediator or a street admin. A step not allowed in the current status is a 409
 * problem naming {@code currentState} and {@code allowedSteps}; REGISTER is the creation, never a step.
 */
public final class DisputeLifecycle {

    public static final Lifecycle<DisputeStatus, DisputeAction> LIFECYCLE = Lifecycle
            .of("Dispute", DisputeStatus.class, DisputeAction.class)
            .step(DisputeAction.ACCEPT, Set.of(DisputeStatus.RECEIVED), DisputeStatus.ACCEPTED, STEP_ROLES)
            .stay(DisputeAction.EXTEND, Set.of(DisputeStatus.ACCEPTED), STEP_ROLES)
            .step(DisputeAction.CONCLUDE, Set.of(DisputeStatus.ACCEPTED), DisputeStatus.CONCLUDED, STEP_ROLES)
            .step(DisputeAction.WITHDRAW, Set.of(DisputeStatus.RECEIVED, DisputeStatus.ACCEPTED),
                    DisputeStatus.WITHDRAWN, STEP_ROLES)
            .step(DisputeAction.FOLLOW_UP, Set.of(DisputeStatus.CONCLUDED), DisputeStatus.CLOSED, STEP_ROLES)
            .stay(DisputeAction.CLASSIFY, Set.of(DisputeStatus.RECEIVED, DisputeStatus.ACCEPTED), STEP_ROLES)
            .serviceStep(DisputeAction.CASE_PROGRESS, EnumSet.allOf(DisputeStatus.class), null)
            .serviceStep(DisputeAction.CONCLUDE_BY_CASE, Set.of(DisputeStatus.RECEIVED, DisputeStatus.ACCEPTED),
                    DisputeStatus.CONCLUDED)
            .serviceStep(DisputeAction.VOLUNTEER_HELP, EnumSet.allOf(DisputeStatus.class), null)
            .build();

    private DisputeLifecycle() {
    }

    public static boolean allows(DisputeStatus from, DisputeAction action) {
        return LIFECYCLE.allows(from, action);
    }

    /** The status after {@code action}; throws a 409 problem when the action is not allowed from {@code from}. */
    public static DisputeStatus next(DisputeStatus from, DisputeAction action) {
        return LIFECYCLE.next(from, action);
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

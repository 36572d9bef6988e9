package cn.jiedao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state machine without Quarkus. */
class DisputeLifecycleTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "RECEIVED, ACCEPT, ACCEPTED",
            "RECEIVED, WITHDRAW, WITHDRAWN",
            "RECEIVED, CLASSIFY, RECEIVED",
            "ACCEPTED, EXTEND, ACCEPTED",
            "ACCEPTED, CONCLUDE, CONCLUDED",
            "ACCEPTED, WITHDRAW, WITHDRAWN",
            "ACCEPTED, CLASSIFY, ACCEPTED",
            "CONCLUDED, FOLLOW_UP, CLOSED"})
    void allowedStepsLeadWhereTheDiagramSays(DisputeStatus from, DisputeAction action, DisputeStatus to) {
        assertThat(DisputeLifecycle.next(from, action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> 409")
    @CsvSource({
            "RECEIVED, CONCLUDE", "RECEIVED, FOLLOW_UP", "RECEIVED, EXTEND",
            "ACCEPTED, ACCEPT", "ACCEPTED, FOLLOW_UP",
            "CONCLUDED, ACCEPT", "CONCLUDED, CONCLUDE", "CONCLUDED, WITHDRAW", "CONCLUDED, CLASSIFY",
            "WITHDRAWN, ACCEPT", "WITHDRAWN, CONCLUDE", "WITHDRAWN, FOLLOW_UP",
            "CLOSED, FOLLOW_UP", "CLOSED, WITHDRAW", "CLOSED, CONCLUDE"})
    void anyOtherStepIsAConflict(DisputeStatus from, DisputeAction action) {
        assertThatThrownBy(() -> DisputeLifecycle.next(from, action))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageContaining(from.name()).hasMessageContaining(action.name());
    }

    @Test
    void aStepNotAllowedNamesTheCurrentStateAndTheStepsAllowedFromIt() {
        assertThatThrownBy(() -> DisputeLifecycle.next(DisputeStatus.ACCEPTED, DisputeAction.ACCEPT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.toProblem().members()).containsEntry("currentState", "ACCEPTED")
                            .containsEntry("allowedSteps", java.util.List.of("EXTEND", "CONCLUDE", "WITHDRAW", "CLASSIFY"));
                });
        assertThat(DisputeLifecycle.LIFECYCLE.allowedFrom(DisputeStatus.CLOSED)).isEmpty();
    }

    @Test
    void everyStepIsTakenByMediatorsAndStreetAdminsOnly() {
        for (DisputeAction action : DisputeLifecycle.LIFECYCLE.steps().keySet()) {
            if (DisputeLifecycle.LIFECYCLE.steps().get(action).byService()) {
                continue;
            }
            assertThat(DisputeLifecycle.LIFECYCLE.steps().get(action).roles())
                    .containsExactlyInAnyOrder("mediator", "street-admin");
        }
        var gridWorker = cn.jiedao.kernel.security.Actor.withRoles("g", "grid-worker");
        assertThatThrownBy(() -> DisputeLifecycle.LIFECYCLE.step(DisputeStatus.RECEIVED, DisputeAction.WITHDRAW,
                gridWorker::hasRole))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        var mediator = cn.jiedao.kernel.security.Actor.withRoles("m", "mediator");
        assertThat(DisputeLifecycle.LIFECYCLE.step(DisputeStatus.RECEIVED, DisputeAction.WITHDRAW, mediator::hasRole)
                .next(DisputeStatus.RECEIVED)).isEqualTo(DisputeStatus.WITHDRAWN);
    }

    @Test
    void theCaseStepsAreTheServicesOwnAndNeverOfferedToACaller() {
        assertThat(DisputeLifecycle.LIFECYCLE.steps().values().stream().filter(s -> s.byService())
                .map(s -> s.action())).containsExactlyInAnyOrder(DisputeAction.CASE_PROGRESS,
                        DisputeAction.CONCLUDE_BY_CASE, DisputeAction.VOLUNTEER_HELP);
        var streetAdmin = cn.jiedao.kernel.security.Actor.withRoles("a", "street-admin", "mediator");
        assertThatThrownBy(() -> DisputeLifecycle.LIFECYCLE.step(DisputeStatus.ACCEPTED,
                DisputeAction.CONCLUDE_BY_CASE, streetAdmin))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        var service = cn.jiedao.kernel.security.Actor.system("kafka:safety.case-events");
        assertThat(DisputeLifecycle.LIFECYCLE.step(DisputeStatus.RECEIVED, DisputeAction.CONCLUDE_BY_CASE, service)
                .next(DisputeStatus.RECEIVED)).isEqualTo(DisputeStatus.CONCLUDED);
        assertThat(DisputeLifecycle.LIFECYCLE.step(DisputeStatus.CLOSED, DisputeAction.CASE_PROGRESS, service)
                .next(DisputeStatus.CLOSED)).isEqualTo(DisputeStatus.CLOSED);
        assertThat(DisputeLifecycle.LIFECYCLE.allowedFrom(DisputeStatus.RECEIVED))
                .doesNotContain(DisputeAction.CASE_PROGRESS, DisputeAction.CONCLUDE_BY_CASE);
        var volunteers = cn.jiedao.kernel.security.Actor.system("kafka:hub.volunteer-events");
        for (DisputeStatus status : DisputeStatus.values()) {
            assertThat(DisputeLifecycle.LIFECYCLE.step(status, DisputeAction.VOLUNTEER_HELP, volunteers).next(status))
                    .isEqualTo(status);
            assertThat(DisputeLifecycle.LIFECYCLE.allowedFrom(status)).doesNotContain(DisputeAction.VOLUNTEER_HELP);
        }
        assertThatThrownBy(() -> DisputeLifecycle.LIFECYCLE.step(DisputeStatus.ACCEPTED,
                DisputeAction.VOLUNTEER_HELP, streetAdmin))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aResolvedConclusionNeedsAnAgreement() {
        assertThatThrownBy(() -> DisputeLifecycle.checkConclusion(
                new ConcludeDispute(DisputeOutcome.RESOLVED, "达成一致", null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("agreement");
    }

    @Test
    void judicialConfirmationIsOnlyForWrittenAgreements() {
        var oral = new ConcludeDispute.Agreement(AgreementForm.ORAL, "赔偿500元", "当场支付", true);
        assertThatThrownBy(() -> DisputeLifecycle.checkConclusion(
                new ConcludeDispute(DisputeOutcome.RESOLVED, "达成一致", oral, null, null)))
                .hasMessageContaining("agreement.jointJudicialConfirmation");
        var written = new ConcludeDispute.Agreement(AgreementForm.WRITTEN, "赔偿500元", "当场支付", true);
        DisputeLifecycle.checkConclusion(new ConcludeDispute(DisputeOutcome.RESOLVED, "达成一致", written, null, null));
    }

    @Test
    void aFailedMediationRecordsTheAdviceAndAnEscalationNamesWhere() {
        assertThatThrownBy(() -> DisputeLifecycle.checkConclusion(
                new ConcludeDispute(DisputeOutcome.FAILED, "未达成一致", null, null, null)))
                .hasMessageContaining("advice");
        assertThatThrownBy(() -> DisputeLifecycle.checkConclusion(
                new ConcludeDispute(DisputeOutcome.ESCALATED, "移交", null, null, " ")))
                .hasMessageContaining("escalatedTo");
        DisputeLifecycle.checkConclusion(new ConcludeDispute(DisputeOutcome.FAILED, "未达成一致", null,
                FailureAdvice.COURT, null));
        DisputeLifecycle.checkConclusion(new ConcludeDispute(DisputeOutcome.ESCALATED, "移交", null, null, "县住建局"));
    }

    @Test
    void onlyAResolvedDisputeHasAnAgreement() {
        var agreement = new ConcludeDispute.Agreement(AgreementForm.WRITTEN, "赔偿", "当场", false);
        assertThatThrownBy(() -> DisputeLifecycle.checkConclusion(
                new ConcludeDispute(DisputeOutcome.FAILED, "未达成一致", agreement, FailureAdvice.COURT, null)))
                .hasMessageContaining("only a RESOLVED dispute has an agreement");
    }

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskPhone("13800001234")).isEqualTo("138****1234");
        assertThat(PersonalData.maskPhone("0791-88881234")).isEqualTo("079******1234");
        assertThat(PersonalData.maskPhone(null)).isNull();
        assertThat(PersonalData.maskResidentId("11010519491231002X")).isEqualTo("110***********002X");
    }
}

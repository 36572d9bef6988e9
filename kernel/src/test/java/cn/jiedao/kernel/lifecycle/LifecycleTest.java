package cn.jiedao.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum State { RECEIVED, ACCEPTED, CONCLUDED }

    enum Action { ACCEPT, CONCLUDE, NOTE }

    static final Lifecycle<State, Action> LIFECYCLE = Lifecycle.of("Dispute", State.class, Action.class)
            .step(Action.ACCEPT, Set.of(State.RECEIVED), State.ACCEPTED, "mediator")
            .step(Action.CONCLUDE, Set.of(State.ACCEPTED), State.CONCLUDED, "mediator", "street-admin")
            .stay(Action.NOTE, Set.of(State.RECEIVED, State.ACCEPTED))
            .build();

    @Test
    void aStepLeadsWhereItIsDeclaredAndAStayingStepKeepsTheState() {
        assertThat(LIFECYCLE.next(State.RECEIVED, Action.ACCEPT)).isEqualTo(State.ACCEPTED);
        assertThat(LIFECYCLE.next(State.ACCEPTED, Action.NOTE)).isEqualTo(State.ACCEPTED);
        assertThat(LIFECYCLE.allowedFrom(State.ACCEPTED)).containsExactly(Action.CONCLUDE, Action.NOTE);
        assertThat(LIFECYCLE.nextStates(State.ACCEPTED)).containsExactlyInAnyOrder(State.CONCLUDED, State.ACCEPTED);
        assertThat(LIFECYCLE.allowedFrom(State.CONCLUDED)).isEmpty();
    }

    @Test
    void aForbiddenStepIsA409NamingTheCurrentStateAndTheAllowedSteps() {
        assertThatThrownBy(() -> LIFECYCLE.next(State.RECEIVED, Action.CONCLUDE))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("state RECEIVED").contains("CONCLUDE").contains("[ACCEPT, NOTE]");
                    assertThat(e.toProblem().members()).containsEntry("currentState", "RECEIVED")
                            .containsEntry("allowedSteps", List.of("ACCEPT", "NOTE"));
                    assertThat(e.toProblem().type().toString()).endsWith("/step-not-allowed");
                });
        assertThatThrownBy(() -> LIFECYCLE.next(State.CONCLUDED, Action.NOTE))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.getMessage()).contains("no step is allowed from CONCLUDED"));
    }

    @Test
    void aRoleTheStepDoesNotAdmitIsA403AndAStepWithoutRolesAdmitsAnyone() {
        assertThat(LIFECYCLE.step(State.ACCEPTED, Action.CONCLUDE, Set.of("street-admin")::contains).next(State.ACCEPTED))
                .isEqualTo(State.CONCLUDED);
        assertThatThrownBy(() -> LIFECYCLE.step(State.RECEIVED, Action.ACCEPT, Set.of("grid-worker")::contains))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("[mediator]");
                });
        assertThat(LIFECYCLE.step(State.RECEIVED, Action.NOTE, role -> false).next(State.RECEIVED))
                .isEqualTo(State.RECEIVED);
    }

    @Test
    void aServiceStepIsTakenByTheServiceAloneAndNeverOfferedToACaller() {
        Lifecycle<State, Action> lifecycle = Lifecycle.of("Complaint", State.class, Action.class)
                .step(Action.ACCEPT, Set.of(State.RECEIVED), State.ACCEPTED, "mediator")
                .serviceStep(Action.CONCLUDE, Set.of(State.RECEIVED, State.ACCEPTED), State.CONCLUDED)
                .build();
        assertThat(lifecycle.allowedFrom(State.RECEIVED)).containsExactly(Action.ACCEPT);
        assertThat(lifecycle.nextStates(State.RECEIVED)).contains(State.CONCLUDED);
        assertThatThrownBy(() -> lifecycle.step(State.RECEIVED, Action.CONCLUDE,
                cn.jiedao.kernel.security.Actor.withRoles("m", "mediator", "street-admin")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(lifecycle.step(State.ACCEPTED, Action.CONCLUDE, cn.jiedao.kernel.security.Actor.system("kafka:x"))
                .next(State.ACCEPTED)).isEqualTo(State.CONCLUDED);
        assertThatThrownBy(() -> lifecycle.step(State.ACCEPTED, Action.ACCEPT,
                cn.jiedao.kernel.security.Actor.withRoles("g", "grid-worker")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aStepDeclaredTwiceOrFromNoStateIsRefusedWhenTheLifecycleIsBuilt() {
        assertThatThrownBy(() -> Lifecycle.of("X", State.class, Action.class)
                .stay(Action.NOTE, Set.of(State.RECEIVED)).stay(Action.NOTE, Set.of(State.ACCEPTED)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Lifecycle.of("X", State.class, Action.class).stay(Action.NOTE, Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no state");
    }
}

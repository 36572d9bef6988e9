package cn.jiedao.eventing.records;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.UUID;

/** Test-only: a record with a lifecycle, OPEN → REPORTED → CLOSED, reopened from REPORTED, noted anywhere open. */
@Entity
public class ProbeCase extends PanacheEntityBase implements Stateful<ProbeCase.State> {

    public enum State { OPEN, REPORTED, CLOSED }

    public enum Step { OPEN, REPORT, CLOSE, REOPEN, NOTE }

    public static final Lifecycle<State, Step> LIFECYCLE = Lifecycle.of("ProbeCase", State.class, Step.class)
            .step(Step.REPORT, Set.of(State.OPEN), State.REPORTED, "grid-worker", "safety-officer")
            .step(Step.CLOSE, Set.of(State.REPORTED), State.CLOSED, "safety-officer")
            .step(Step.REOPEN, Set.of(State.REPORTED), State.OPEN, "safety-officer")
            .stay(Step.NOTE, Set.of(State.OPEN, State.REPORTED))
            .build();

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public State state;

    public String closedBy;

    public java.time.OffsetDateTime closedAt;

    @Version
    public long version;

    @Override
    public State state() {
        return state;
    }

    @Override
    public void state(State state) {
        this.state = state;
    }

    @Override
    public long version() {
        return version;
    }
}

package cn.jiedao.eventing.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One step in a record's history: who took which step, when it was entered and when it took effect, from which
 * state to which, and why.
 */
@Entity
@Table(name = "lifecycle_step")
public class StepEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lifecycle_step_seq")
    @SequenceGenerator(name = "lifecycle_step_seq", sequenceName = "lifecycle_step_seq", allocationSize = 50)
    public Long id;

    /** The lifecycle's record name, e.g. {@code Dispute}. */
    public String recordType;

    public String recordId;

    public String action;

    /** Null for the step that created the record. */
    public String fromState;

    public String toState;

    public String actor;

    /** When the step was entered: the street's now when the entry was written. */
    public OffsetDateTime at;

    /**
     * When the step took effect: the {@code occurredOn}/{@code occurredAt} of a step entered after the fact,
     * otherwise {@link #at}.
     */
    public OffsetDateTime effectiveAt;

    public String note;
}

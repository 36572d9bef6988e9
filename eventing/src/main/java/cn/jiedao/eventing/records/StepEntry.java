package cn.jiedao.eventing.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step in a record's history: who took which step, when, from which state to which, and why. */
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

    public OffsetDateTime at;

    public String note;
}

package cn.jiedao.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a dispute's history: who did what, when, and why. */
@Entity
@Table(name = "dispute_step")
public class DisputeStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id")
    public UUID disputeId;

    @Enumerated(EnumType.STRING)
    public DisputeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DisputeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public DisputeStatus toStatus;

    public String actor;

    public OffsetDateTime at;

    public String note;

    static DisputeStep of(Dispute d, DisputeAction action, DisputeStatus from, String actor, OffsetDateTime at,
            String note) {
        DisputeStep step = new DisputeStep();
        step.disputeId = d.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = d.status;
        step.actor = actor;
        step.at = at;
        step.note = note;
        return step;
    }
}

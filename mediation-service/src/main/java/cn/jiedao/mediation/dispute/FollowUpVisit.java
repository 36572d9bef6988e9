package cn.jiedao.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 回访: a satisfaction check after a dispute concluded. */
@Entity
@Table(name = "follow_up_visit")
public class FollowUpVisit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dispute_id")
    public UUID disputeId;

    @Column(name = "visited_at")
    public OffsetDateTime visitedAt;

    public String visitor;

    public int satisfaction;

    @Column(name = "agreement_performed")
    public boolean agreementPerformed;

    public String note;
}

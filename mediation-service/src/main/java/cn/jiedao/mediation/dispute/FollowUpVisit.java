package cn.jiedao.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID disputeId;

    public OffsetDateTime visitedAt;

    public String visitor;

    public int satisfaction;

    public boolean agreementPerformed;

    public String note;
}

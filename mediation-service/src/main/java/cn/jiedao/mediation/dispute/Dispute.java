package cn.jiedao.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One resident dispute (诉求) in the 融调解 pipeline. */
@Entity
public class Dispute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_no")
    public String caseNo;

    @Enumerated(EnumType.STRING)
    public IntakeChannel channel;

    @Enumerated(EnumType.STRING)
    public DisputeCategory category;

    public String summary;

    public String address;

    @Column(name = "grid_code")
    public String gridCode;

    /** A municipal complaint about an illegal structure: safety opens an enforcement case for it. */
    @Column(name = "illegal_structure")
    public boolean illegalStructure;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public DisputeStatus status;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Version
    public long version;
}

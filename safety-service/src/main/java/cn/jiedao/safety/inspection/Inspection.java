package cn.jiedao.safety.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 安全检查: one check of one site, the domains checked and who checked; its findings are hazards. */
@Entity
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID siteId;

    /** The 专项检查 round it belongs to, if any. */
    public UUID roundId;

    public LocalDate inspectedOn;

    /** {@link cn.jiedao.safety.hazard.HazardDomain} names. */
    public String[] domains;

    public String[] inspectors;

    public String note;

    public String recordedBy;

    public OffsetDateTime recordedAt;
}

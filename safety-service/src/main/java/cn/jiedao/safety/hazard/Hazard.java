package cn.jiedao.safety.hazard;

import cn.jiedao.eventing.records.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 隐患: a finding of an inspection, with its rectification deadline and what became of it. */
@Entity
public class Hazard extends PanacheEntityBase implements Stateful<HazardStatus> {

    @Id
    public UUID id;

    /** The inspection that found it, or else the drill. */
    public UUID inspectionId;

    public UUID drillId;

    public UUID siteId;

    @Enumerated(EnumType.STRING)
    public HazardDomain domain;

    @Enumerated(EnumType.STRING)
    public HazardSeverity severity;

    public String description;

    /** The rule it breaks, e.g. 《城镇燃气管理条例》第二十八条. */
    public String legalBasis;

    public String responsibleParty;

    @Enumerated(EnumType.STRING)
    public HazardStatus status;

    public LocalDate foundOn;

    /** The deadline its severity gave it. */
    public LocalDate originalDeadline;

    /** The deadline now: the original one, or the one an approved extension set. */
    public LocalDate deadline;

    public String rectificationNote;

    /** Who reported the rectification (the token's subject): the re-inspection must be someone else's. */
    public String rectifiedBy;

    public OffsetDateTime rectifiedAt;

    public String verifiedBy;

    public LocalDate closedOn;

    public String closureReason;

    public LocalDate extensionUntil;

    public String extensionReason;

    public String extensionRequestedBy;

    @Enumerated(EnumType.STRING)
    public ExtensionStatus extensionStatus;

    /** When it was escalated to the street and on safety.hazard-events; null while it is not. */
    public OffsetDateTime escalatedAt;

    @Enumerated(EnumType.STRING)
    public Escalation escalationReason;

    @Version
    public long version;

    @Override
    public HazardStatus state() {
        return status;
    }

    @Override
    public void state(HazardStatus state) {
        status = state;
    }

    @Override
    public long version() {
        return version;
    }
}

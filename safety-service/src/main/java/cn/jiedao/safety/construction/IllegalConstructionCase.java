package cn.jiedao.safety.construction;

import cn.jiedao.eventing.records.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 违章建筑 enforcement case [2023: 246 demolished, 4142 m²]. */
@Entity
public class IllegalConstructionCase extends PanacheEntityBase implements Stateful<ConstructionCaseStatus> {

    @Id
    public UUID id;

    /** WJ-2023-00001. */
    public String caseNo;

    @Enumerated(EnumType.STRING)
    public CaseSource source;

    /** The resident complaint in mediation that asked for this case, if any. */
    public UUID sourceDisputeId;

    public String sourceCaseNo;

    public String address;

    public String gridCode;

    public String description;

    public String reportedBy;

    /** The structure's area as verified, m². */
    public BigDecimal structureAreaM2;

    @Enumerated(EnumType.STRING)
    public ConstructionCaseStatus status;

    public OffsetDateTime verifiedAt;

    /** 限期拆除通知书 number, its date and the date it sets. */
    public String noticeNo;

    public LocalDate noticeIssuedOn;

    public LocalDate rectifyBy;

    public LocalDate demolishedOn;

    public BigDecimal demolishedAreaM2;

    public String legalisedNote;

    public LocalDate closedOn;

    public String closureNote;

    public OffsetDateTime openedAt;

    /** When the case was entered; {@link #openedAt} is when it was reported (earlier when entered after the fact). */
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    @Override
    public ConstructionCaseStatus state() {
        return status;
    }

    @Override
    public void state(ConstructionCaseStatus state) {
        status = state;
    }

    @Override
    public long version() {
        return version;
    }
}

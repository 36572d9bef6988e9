package cn.jiedao.safety.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An inspectable place (检查对象); a venue carries its licence, its terminals or capacity and its fire approval. */
@Entity
public class Site extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SiteKind kind;

    public String name;

    public String address;

    public String gridCode;

    /** 统一社会信用代码 when the site is a business. */
    public String creditCode;

    public String ownerName;

    public String responsiblePerson;

    /** Personal information: masked for every role but safety-officer. */
    public String responsiblePhone;

    public String licenceNo;

    public LocalDate licenceValidUntil;

    /** An internet café's terminals (终端数). */
    public Integer terminals;

    /** An entertainment venue's approved capacity (核定人数). */
    public Integer capacity;

    public String fireApprovalNo;

    /** On the gas-safety roster: due for a gas inspection every interval, whether or not a round is planned. */
    public boolean gasRoster;

    /** {@code <source>:<unitId>} of the economy unit this site came from, if it did. */
    public String economyUnitRef;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}

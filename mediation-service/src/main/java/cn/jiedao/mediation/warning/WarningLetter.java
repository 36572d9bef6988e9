package cn.jiedao.mediation.warning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 重大矛盾纠纷预警提示函: a warning about a major dispute, to acknowledge and answer by a date. */
@Entity
@Table(name = "warning_letter")
public class WarningLetter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "letter_no")
    public String letterNo;

    public String issuer;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String subject;

    @Column(name = "response_due")
    public LocalDate responseDue;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "responded_by")
    public String respondedBy;

    public String response;

    @Version
    public long version;

    /** Derived from the record: responded, else acknowledged, else received. */
    public WarningLetterStatus status() {
        return respondedAt != null ? WarningLetterStatus.RESPONDED
                : acknowledgedAt != null ? WarningLetterStatus.ACKNOWLEDGED : WarningLetterStatus.RECEIVED;
    }
}

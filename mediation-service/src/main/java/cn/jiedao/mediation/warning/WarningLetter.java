package cn.jiedao.mediation.warning;

import static cn.jiedao.mediation.MediationRoles.STEP_ROLES;

import cn.jiedao.eventing.records.Stateful;
import cn.jiedao.kernel.lifecycle.Lifecycle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * 重大矛盾纠纷预警提示函: a warning about a major dispute, to acknowledge and answer by a date.
 *
 * <pre>
 * RECEIVED --acknowledge--> ACKNOWLEDGED --respond--> RESPONDED
 * </pre>
 */
@Entity
@Table(name = "warning_letter")
public class WarningLetter extends PanacheEntityBase implements Stateful<WarningLetterStatus> {

    /** A letter is acknowledged, then answered, by a mediator or a street admin; each step once. */
    public static final Lifecycle<WarningLetterStatus, WarningLetterAction> LIFECYCLE = Lifecycle
            .of("WarningLetter", WarningLetterStatus.class, WarningLetterAction.class)
            .step(WarningLetterAction.ACKNOWLEDGE, Set.of(WarningLetterStatus.RECEIVED), WarningLetterStatus.ACKNOWLEDGED,
                    STEP_ROLES)
            .step(WarningLetterAction.RESPOND, Set.of(WarningLetterStatus.ACKNOWLEDGED), WarningLetterStatus.RESPONDED,
                    STEP_ROLES)
            .build();

    @Id
    public UUID id;

    public String letterNo;

    public String issuer;

    public LocalDate issuedOn;

    public String subject;

    public LocalDate responseDue;

    public OffsetDateTime registeredAt;

    public String registeredBy;

    public OffsetDateTime acknowledgedAt;

    public String acknowledgedBy;

    public OffsetDateTime respondedAt;

    public String respondedBy;

    public String response;

    @Enumerated(EnumType.STRING)
    public WarningLetterStatus status;

    @Version
    public long version;

    @Override
    public WarningLetterStatus state() {
        return status;
    }

    @Override
    public void state(WarningLetterStatus state) {
        this.status = state;
    }

    @Override
    public long version() {
        return version;
    }
}

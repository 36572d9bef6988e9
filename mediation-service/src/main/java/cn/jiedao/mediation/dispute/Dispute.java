package cn.jiedao.mediation.dispute;

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

/** One resident dispute (诉求) in the 融调解 pipeline; its status moves through {@link DisputeLifecycle}. */
@Entity
public class Dispute extends PanacheEntityBase implements Stateful<DisputeStatus> {

    @Id
    public UUID id;

    public String caseNo;

    @Enumerated(EnumType.STRING)
    public IntakeChannel channel;

    @Enumerated(EnumType.STRING)
    public DisputeCategory category;

    public String summary;

    public String address;

    public String gridCode;

    /** A municipal complaint about an illegal structure: safety opens an enforcement case for it. */
    public boolean illegalStructure;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public DisputeStatus status;

    public OffsetDateTime occurredAt;

    public OffsetDateTime registeredAt;

    public String registeredBy;

    /** When the centre received it: the registration time, or the police's referral time, or a back-dated paper record. */
    public OffsetDateTime receivedAt;

    /** A referral whose category was missing or unknown, registered as OTHER until someone classifies it. */
    public boolean needsClassification;

    public String referralNo;

    public UUID roomId;

    public UUID mediatorId;

    public OffsetDateTime acceptedAt;

    /** The later conclusion date both parties agreed to; null when no extension was agreed. */
    public LocalDate extendedUntil;

    public OffsetDateTime concludedAt;

    @Enumerated(EnumType.STRING)
    public DisputeOutcome outcome;

    public String conclusionSummary;

    @Enumerated(EnumType.STRING)
    public AgreementForm agreementForm;

    public String agreementObligations;

    public String agreementPerformance;

    public boolean judicialConfirmation;

    @Enumerated(EnumType.STRING)
    public FailureAdvice failureAdvice;

    public String escalatedTo;

    public OffsetDateTime withdrawnAt;

    public OffsetDateTime closedAt;

    @Version
    public long version;

    @Override
    public DisputeStatus state() {
        return status;
    }

    @Override
    public void state(DisputeStatus state) {
        this.status = state;
    }

    @Override
    public long version() {
        return version;
    }
}

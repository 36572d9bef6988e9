package cn.jiedao.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
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

    /** When the centre received it: the registration time, or the police's referral time, or a back-dated paper record. */
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** A referral whose category was missing or unknown, registered as OTHER until someone classifies it. */
    @Column(name = "needs_classification")
    public boolean needsClassification;

    @Column(name = "referral_no")
    public String referralNo;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "mediator_id")
    public UUID mediatorId;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    /** The later conclusion date both parties agreed to; null when no extension was agreed. */
    @Column(name = "extended_until")
    public LocalDate extendedUntil;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    @Enumerated(EnumType.STRING)
    public DisputeOutcome outcome;

    @Column(name = "conclusion_summary")
    public String conclusionSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    public AgreementForm agreementForm;

    @Column(name = "agreement_obligations")
    public String agreementObligations;

    @Column(name = "agreement_performance")
    public String agreementPerformance;

    @Column(name = "judicial_confirmation")
    public boolean judicialConfirmation;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_advice")
    public FailureAdvice failureAdvice;

    @Column(name = "escalated_to")
    public String escalatedTo;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;
}

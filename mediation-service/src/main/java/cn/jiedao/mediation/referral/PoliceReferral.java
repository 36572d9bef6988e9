package cn.jiedao.mediation.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 派出所流转: a non-police dispute the police station referred to the street. One row per referral number. */
@Entity
@Table(name = "police_referral")
public class PoliceReferral extends PanacheEntityBase {

    @Id
    @Column(name = "referral_no")
    public String referralNo;

    @Column(name = "police_station")
    public String policeStation;

    @Column(name = "referred_at")
    public OffsetDateTime referredAt;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via")
    public ReferralChannel receivedVia;

    /** The category exactly as the police sent it, kept when it was missing or unknown here. */
    @Column(name = "reported_category")
    public String reportedCategory;

    @Column(name = "dispute_id")
    public UUID disputeId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;
}

package cn.jiedao.mediation.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String referralNo;

    public String policeStation;

    public OffsetDateTime referredAt;

    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    public ReferralChannel receivedVia;

    /** The category exactly as the police sent it, kept when it was missing or unknown here. */
    public String reportedCategory;

    public UUID disputeId;

    public String eventId;
}

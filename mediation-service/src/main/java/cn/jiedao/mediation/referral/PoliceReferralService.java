package cn.jiedao.mediation.referral;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.mediation.dispute.DisputeCategory;
import cn.jiedao.mediation.dispute.DisputeService;
import cn.jiedao.mediation.dispute.IntakeChannel;
import cn.jiedao.mediation.dispute.RegisterDispute;
import cn.jiedao.mediation.dispute.Urgency;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns a police referral into a dispute with channel POLICE_REFERRAL, once per referral number however
 * often and however (Kafka or REST) it arrives. The referral number is claimed with an insert that does
 * nothing on conflict, so two concurrent deliveries serialise on the unique key and only one registers.
 */
@ApplicationScoped
public class PoliceReferralService {

    /** What happened to a submission: a new dispute, the same answer again, or a referral already known. */
    public enum Result { CREATED, REPLAYED, ALREADY_RECEIVED }

    public record Received(Result result, String referralNo) {
    }

    @Inject
    EntityManager em;

    @Inject
    DisputeService disputes;

    @Inject
    ObjectMapper mapper;

    /** A missing or unknown category is OTHER, to be classified by a mediator. */
    public static DisputeCategory categoryOf(String reported) {
        if (reported == null || reported.isBlank()) {
            return DisputeCategory.OTHER;
        }
        try {
            return DisputeCategory.valueOf(reported.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DisputeCategory.OTHER;
        }
    }

    /** From Kafka: the caller has recorded the event id in the inbox in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean receiveEvent(ReferralRequest referral, String eventId) {
        return claim(referral, ReferralChannel.KAFKA, eventId, null, null) && register(referral, "kafka:police.dispute-referrals");
    }

    /**
     * From REST with an Idempotency-Key: the same key with the same body answers the same referral; the same
     * key with another body is a 422 problem; another key for a known referral number answers that referral.
     */
    @Transactional
    public Received submit(ReferralRequest referral, String idempotencyKey, String submittedBy) {
        String hash = hash(referral);
        PoliceReferral byKey = PoliceReferral.find("idempotencyKey", idempotencyKey).firstResult();
        if (byKey != null) {
            return replay(byKey, hash, idempotencyKey);
        }
        if (claim(referral, ReferralChannel.REST, null, idempotencyKey, hash)) {
            register(referral, submittedBy);
            return new Received(Result.CREATED, referral.referralNo());
        }
        byKey = PoliceReferral.find("idempotencyKey", idempotencyKey).firstResult();
        if (byKey != null) {
            return replay(byKey, hash, idempotencyKey); // a concurrent request with the same key won
        }
        return new Received(Result.ALREADY_RECEIVED, referral.referralNo());
    }

    @Transactional
    public ReferralView view(String referralNo) {
        PoliceReferral r = PoliceReferral.findById(referralNo);
        if (r == null || r.disputeId == null) {
            throw ProblemException.notFound("Police referral", referralNo);
        }
        Dispute d = Dispute.findById(r.disputeId);
        return new ReferralView(r.referralNo, r.policeStation, r.referredAt, r.receivedAt, r.receivedVia,
                r.reportedCategory, d.id, d.caseNo, d.category, d.needsClassification, d.status, d.outcome,
                d.concludedAt != null ? d.concludedAt : d.withdrawnAt);
    }

    private Received replay(PoliceReferral byKey, String hash, String idempotencyKey) {
        if (!hash.equals(byKey.requestHash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused with another request",
                    "Idempotency-Key " + idempotencyKey + " was first used for referral " + byKey.referralNo
                            + " with a different body; use a new key for a new request", null);
        }
        return new Received(Result.REPLAYED, byKey.referralNo);
    }

    private boolean claim(ReferralRequest referral, ReferralChannel via, String eventId, String idempotencyKey,
            String hash) {
        return em.createNativeQuery("""
                insert into police_referral (referral_no, police_station, referred_at, received_at, received_via,
                    reported_category, event_id, idempotency_key, request_hash)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict do nothing""")
                .setParameter(1, referral.referralNo())
                .setParameter(2, referral.policeStation())
                .setParameter(3, referral.referredAt())
                .setParameter(4, OffsetDateTime.now())
                .setParameter(5, via.name())
                .setParameter(6, referral.category())
                .setParameter(7, eventId)
                .setParameter(8, idempotencyKey)
                .setParameter(9, hash)
                .executeUpdate() == 1;
    }

    private boolean register(ReferralRequest referral, String registeredBy) {
        DisputeCategory category = categoryOf(referral.category());
        RegisterDispute request = new RegisterDispute(IntakeChannel.POLICE_REFERRAL, category, referral.summary(),
                referral.address(), referral.gridCode(), false, Urgency.NORMAL, null, null, referral.parties());
        Dispute d = disputes.register(request, registeredBy, new DisputeService.ReferralIntake(referral.referralNo(),
                referral.referredAt(), category == DisputeCategory.OTHER));
        PoliceReferral r = PoliceReferral.findById(referral.referralNo());
        r.disputeId = d.id;
        return true;
    }

    private String hash(ReferralRequest referral) {
        try {
            byte[] json = mapper.writeValueAsString(referral).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the referral", e);
        }
    }
}

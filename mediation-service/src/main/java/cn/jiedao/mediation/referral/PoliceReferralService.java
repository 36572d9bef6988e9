package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.records.IdempotentRequests;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.mediation.dispute.DisputeCategory;
import cn.jiedao.mediation.dispute.DisputeService;
import cn.jiedao.mediation.dispute.IntakeChannel;
import cn.jiedao.mediation.dispute.RegisterDispute;
import cn.jiedao.mediation.dispute.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a police referral into a dispute with channel POLICE_REFERRAL, once per referral number however
 * often and however (Kafka or REST) it arrives. The referral number is claimed with an insert that does
 * nothing on conflict, so two concurrent deliveries serialise on the unique key and only one registers.
 */
@ApplicationScoped
public class PoliceReferralService {

    /** The scope of the referrals' {@code Idempotency-Key}s in {@link IdempotentRequests}. */
    static final String IDEMPOTENCY_SCOPE = "police-referral";

    /** Who registers the disputes of referrals read from Kafka. */
    static final Actor KAFKA = Actor.system("kafka:police.dispute-referrals");

    @Inject
    EntityManager em;

    @Inject
    DisputeService disputes;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    StreetTime time;

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

    /** A referral read from Kafka, with its event id. */
    public record Received(ReferralRequest referral, String eventId) {
    }

    /**
     * From Kafka, several at once (consecutive referrals of a poll): their numbers are claimed with one
     * statement, then each referral claimed here is registered; the referral numbers already received (or
     * given twice among {@code received}: the first one counts) are returned, nothing is registered for them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<String> receiveEvents(List<Received> received) {
        if (received.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(received.size());
        StringBuilder sql = new StringBuilder("insert into police_referral (referral_no, police_station, referred_at,"
                + " received_at, received_via, reported_category, event_id, dispute_id) values ");
        for (int i = 0; i < received.size(); i++) {
            int p = 6 * i + 3;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p).append(", ?").append(p + 1).append(", ?").append(p + 2)
                    .append(", ?1, ?2, ?").append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5).append(')');
            ids.add(UUID.randomUUID());
        }
        sql.append(" on conflict do nothing returning referral_no, dispute_id");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, time.now())
                .setParameter(2, ReferralChannel.KAFKA.name());
        for (int i = 0; i < received.size(); i++) {
            ReferralRequest r = received.get(i).referral();
            int p = 6 * i + 3;
            query.setParameter(p, r.referralNo()).setParameter(p + 1, r.policeStation()).setParameter(p + 2, r.referredAt())
                    .setParameter(p + 3, r.category()).setParameter(p + 4, received.get(i).eventId())
                    .setParameter(p + 5, ids.get(i));
        }
        // Only police_referral is written: what else is pending in the persistence context need not be flushed.
        query.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("police_referral");
        Set<UUID> claimed = new HashSet<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            claimed.add((UUID) row[1]);
        }
        List<String> already = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            if (claimed.contains(ids.get(i))) {
                register(received.get(i).referral(), KAFKA, ids.get(i));
            } else {
                already.add(received.get(i).referral().referralNo());
            }
        }
        return already;
    }

    /**
     * From REST with an Idempotency-Key: 201 for a new referral, 200 for a referral number already received
     * (nothing created); the same key with the same body answers the same again, replayed; the same key with
     * another body is a 422 problem. The answer's reference is the referral number.
     */
    @Transactional
    public IdempotentRequests.Outcome submit(ReferralRequest referral, String idempotencyKey, Actor submittedBy) {
        return idempotent.once(IDEMPOTENCY_SCOPE, idempotencyKey, idempotent.hash(referral), () -> {
            UUID disputeId = UUID.randomUUID();
            int status = claim(referral, ReferralChannel.REST, null, disputeId)
                    && register(referral, submittedBy, disputeId) ? 201 : 200;
            return new IdempotentRequests.Result(status, referral.referralNo());
        });
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

    /**
     * Claims the referral number for the dispute {@code disputeId} (registered next, in this transaction; the
     * foreign key is checked at commit). Only police_referral is written: the query does not make Hibernate
     * flush what else is pending, so a poll's disputes go to PostgreSQL in batches.
     */
    private boolean claim(ReferralRequest referral, ReferralChannel via, String eventId, UUID disputeId) {
        return em.createNativeQuery("""
                insert into police_referral (referral_no, police_station, referred_at, received_at, received_via,
                    reported_category, event_id, dispute_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict do nothing""")
                .setParameter(1, referral.referralNo())
                .setParameter(2, referral.policeStation())
                .setParameter(3, referral.referredAt())
                .setParameter(4, time.now())
                .setParameter(5, via.name())
                .setParameter(6, referral.category())
                .setParameter(7, eventId)
                .setParameter(8, disputeId)
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("police_referral")
                .executeUpdate() == 1;
    }

    private boolean register(ReferralRequest referral, Actor registeredBy, UUID disputeId) {
        DisputeCategory category = categoryOf(referral.category());
        RegisterDispute request = new RegisterDispute(IntakeChannel.POLICE_REFERRAL, category, referral.summary(),
                referral.address(), referral.gridCode(), false, Urgency.NORMAL, null, null, referral.parties());
        disputes.register(request, registeredBy, new DisputeService.ReferralIntake(disputeId, referral.referralNo(),
                referral.referredAt(), category == DisputeCategory.OTHER));
        return true;
    }
}

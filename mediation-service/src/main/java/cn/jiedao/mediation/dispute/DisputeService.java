package cn.jiedao.mediation.dispute;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.mediation.deadline.DeadlineConfig;
import cn.jiedao.mediation.deadline.DisputeDeadlines;
import cn.jiedao.mediation.room.MediationRoom;
import cn.jiedao.mediation.room.Mediator;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DisputeService {

    /** Case numbers count per calendar year in the street's time zone. */
    static final ZoneId STREET_ZONE = DisputeDeadlines.STREET_ZONE;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    DeadlineConfig deadlineConfig;

    @Inject
    Event<DisputeEnded> ended;

    Clock clock = Clock.system(STREET_ZONE);

    /** A police referral's part of a registration: its number, and whether its category still needs classifying. */
    public record ReferralIntake(String referralNo, OffsetDateTime referredAt, boolean needsClassification) {
    }

    public DisputeDeadlines deadlines() {
        return DisputeDeadlines.of(deadlineConfig);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Dispute register(RegisterDispute request, String registeredBy) {
        return register(request, registeredBy, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Dispute register(RegisterDispute request, String registeredBy, ReferralIntake referral) {
        if (request.illegalStructure() && request.category() != DisputeCategory.MUNICIPAL_ILLEGAL_CONSTRUCTION) {
            throw ProblemException.badRequest("illegalStructure",
                    "only a MUNICIPAL_ILLEGAL_CONSTRUCTION dispute can be about an illegal structure");
        }
        if (referral == null && request.channel() == IntakeChannel.POLICE_REFERRAL) {
            throw ProblemException.badRequest("channel",
                    "police referrals arrive from the police system (POST /api/mediation/police-referrals or Kafka)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Dispute d = new Dispute();
        d.id = UUID.randomUUID();
        d.caseNo = nextCaseNo(now.getYear());
        d.channel = request.channel();
        d.category = request.category();
        d.summary = request.summary().strip();
        d.address = request.address();
        d.gridCode = request.gridCode();
        d.illegalStructure = request.illegalStructure();
        d.urgency = request.urgency() == null ? Urgency.NORMAL : request.urgency();
        d.status = DisputeStatus.RECEIVED;
        d.occurredAt = request.occurredAt();
        d.registeredAt = now;
        d.registeredBy = registeredBy;
        if (referral != null) {
            d.referralNo = referral.referralNo();
            d.needsClassification = referral.needsClassification();
            d.receivedAt = referral.referredAt();
        } else {
            d.receivedAt = request.receivedAt() != null ? request.receivedAt() : now;
        }
        d.persist();
        if (request.parties() != null) {
            int position = 0;
            for (PartyInput input : request.parties()) {
                DisputeParty p = new DisputeParty();
                p.id = UUID.randomUUID();
                p.disputeId = d.id;
                p.position = position++;
                p.role = input.role();
                p.name = input.name().strip();
                p.phone = input.phone();
                p.residentId = input.residentId() == null ? null : input.residentId().toUpperCase();
                p.persist();
            }
        }
        DisputeStep.of(d, DisputeAction.REGISTER, null, registeredBy, now,
                referral == null ? null : "派出所流转 " + referral.referralNo()).persist();
        outbox.publish(DisputeEvents.TOPIC, d.id.toString(), DisputeEvents.REGISTERED, DisputeEvents.Registered.of(d));
        return d;
    }

    public Dispute get(UUID id) {
        Dispute d = Dispute.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Dispute", id);
        }
        return d;
    }

    /** A dispute's view with its ETag. */
    public record Read(DisputeView view, String etag) {
    }

    @Transactional
    public Read view(UUID id, boolean unmasked) {
        Dispute d = get(id);
        return new Read(DisputeView.of(d, parties(d.id), deadlines(), today(), unmasked,
                DisputeStep.list("disputeId", Sort.by("id"), d.id),
                FollowUpVisit.list("disputeId", Sort.by("visitedAt"), d.id)), ETags.of(d.version));
    }

    @Transactional
    public PageResponse<DisputeView> list(DisputeFilter filter, int page, int size, boolean unmasked) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.put("category", filter.category());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.gridCode() != null) {
            where.append(" and gridCode = :gridCode");
            params.put("gridCode", filter.gridCode());
        }
        if (filter.from() != null) {
            where.append(" and receivedAt >= :from");
            params.put("from", filter.from().atStartOfDay(STREET_ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and receivedAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(STREET_ZONE).toOffsetDateTime());
        }
        if (filter.needsClassification() != null) {
            where.append(" and needsClassification = :needsClassification");
            params.put("needsClassification", filter.needsClassification());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and (" + OVERDUE + ")" : " and not (" + OVERDUE + ")");
            params.putAll(overdueParameters(today()));
        }
        var query = Dispute.<Dispute>find(where.toString(), Sort.by("receivedAt").and("caseNo"), params);
        List<Dispute> items = query.page(page, size).list();
        long total = query.count();
        Map<UUID, List<DisputeParty>> parties = new HashMap<>();
        if (!items.isEmpty()) {
            DisputeParty.<DisputeParty>list("disputeId in ?1", Sort.by("position"), items.stream().map(d -> d.id).toList())
                    .forEach(p -> parties.computeIfAbsent(p.disputeId, k -> new ArrayList<>()).add(p));
        }
        DisputeDeadlines rules = deadlines();
        LocalDate today = today();
        return new PageResponse<>(items.stream().map(d -> DisputeView.of(d, parties.getOrDefault(d.id, List.of()),
                rules, today, unmasked, null)).toList(), page, size, total);
    }

    /** The overdue rule of {@link DisputeDeadlines} as a JPQL condition on Dispute. */
    public static final String OVERDUE = "(status = cn.jiedao.mediation.dispute.DisputeStatus.RECEIVED"
            + " and receivedAt < :acceptanceBound)"
            + " or (status = cn.jiedao.mediation.dispute.DisputeStatus.ACCEPTED and ((extendedUntil is null"
            + " and acceptedAt < :conclusionBound) or extendedUntil < :today))";

    public Map<String, Object> overdueParameters(LocalDate today) {
        DisputeDeadlines rules = deadlines();
        return Parameters.with("acceptanceBound", rules.acceptanceOverdueIfReceivedBefore(today))
                .and("conclusionBound", rules.conclusionOverdueIfAcceptedBefore(today))
                .and("today", today).map();
    }

    @Transactional
    public Dispute accept(UUID id, String ifMatch, AcceptDispute request, String actor) {
        Dispute d = lockForChange(id, ifMatch);
        DisputeStatus from = d.status;
        d.status = DisputeLifecycle.next(from, DisputeAction.ACCEPT);
        if (MediationRoom.findById(request.roomId()) == null) {
            throw ProblemException.badRequest("roomId", "no mediation room " + request.roomId());
        }
        if (Mediator.findById(request.mediatorId()) == null) {
            throw ProblemException.badRequest("mediatorId", "no mediator " + request.mediatorId());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.roomId = request.roomId();
        d.mediatorId = request.mediatorId();
        d.acceptedAt = now;
        DisputeStep.of(d, DisputeAction.ACCEPT, from, actor, now, request.note()).persist();
        return d;
    }

    @Transactional
    public Dispute extend(UUID id, String ifMatch, ExtendDispute request, String actor) {
        Dispute d = lockForChange(id, ifMatch);
        DisputeStatus from = d.status;
        d.status = DisputeLifecycle.next(from, DisputeAction.EXTEND);
        LocalDate due = deadlines().conclusionDue(d.acceptedAt, d.extendedUntil);
        if (!request.extendedUntil().isAfter(due)) {
            throw ProblemException.badRequest("extendedUntil", "must be after the current conclusion deadline " + due);
        }
        d.extendedUntil = request.extendedUntil();
        DisputeStep.of(d, DisputeAction.EXTEND, from, actor, OffsetDateTime.now(clock),
                "双方同意延长至 " + request.extendedUntil() + (request.note() == null ? "" : ": " + request.note()))
                .persist();
        return d;
    }

    @Transactional
    public Dispute conclude(UUID id, String ifMatch, ConcludeDispute request, String actor) {
        Dispute d = lockForChange(id, ifMatch);
        DisputeStatus from = d.status;
        d.status = DisputeLifecycle.next(from, DisputeAction.CONCLUDE);
        DisputeLifecycle.checkConclusion(request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.concludedAt = now;
        d.outcome = request.outcome();
        d.conclusionSummary = request.summary().strip();
        if (request.agreement() != null) {
            d.agreementForm = request.agreement().form();
            d.agreementObligations = request.agreement().obligations();
            d.agreementPerformance = request.agreement().performanceTerms();
            d.judicialConfirmation = request.agreement().jointJudicialConfirmation();
        }
        d.failureAdvice = request.outcome() == DisputeOutcome.FAILED ? request.advice() : null;
        d.escalatedTo = request.outcome() == DisputeOutcome.ESCALATED ? request.escalatedTo() : null;
        DisputeStep.of(d, DisputeAction.CONCLUDE, from, actor, now, request.outcome() + ": " + d.conclusionSummary)
                .persist();
        outbox.publish(DisputeEvents.TOPIC, d.id.toString(), DisputeEvents.CONCLUDED, DisputeEvents.Ended.of(d));
        ended.fire(new DisputeEnded(d));
        return d;
    }

    @Transactional
    public Dispute withdraw(UUID id, String ifMatch, WithdrawDispute request, String actor) {
        Dispute d = lockForChange(id, ifMatch);
        DisputeStatus from = d.status;
        d.status = DisputeLifecycle.next(from, DisputeAction.WITHDRAW);
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.withdrawnAt = now;
        d.conclusionSummary = request.reason().strip();
        DisputeStep.of(d, DisputeAction.WITHDRAW, from, actor, now, d.conclusionSummary).persist();
        outbox.publish(DisputeEvents.TOPIC, d.id.toString(), DisputeEvents.WITHDRAWN, DisputeEvents.Ended.of(d));
        ended.fire(new DisputeEnded(d));
        return d;
    }

    @Transactional
    public Dispute recordFollowUpVisit(UUID id, String ifMatch, RecordFollowUpVisit request, String actor) {
        Dispute d = lockForChange(id, ifMatch);
        DisputeStatus from = d.status;
        d.status = DisputeLifecycle.next(from, DisputeAction.FOLLOW_UP);
        OffsetDateTime now = OffsetDateTime.now(clock);
        FollowUpVisit v = new FollowUpVisit();
        v.id = UUID.randomUUID();
        v.disputeId = d.id;
        v.visitedAt = now;
        v.visitor = actor;
        v.satisfaction = request.satisfaction();
        v.agreementPerformed = request.agreementPerformed();
        v.note = request.note();
        v.persist();
        d.closedAt = now;
        DisputeStep.of(d, DisputeAction.FOLLOW_UP, from, actor, now, "满意度 " + request.satisfaction()
                + (request.agreementPerformed() ? ", 协议已履行" : ", 协议未履行")
                + (request.note() == null ? "" : ": " + request.note())).persist();
        return d;
    }

    @Transactional
    public Dispute classify(UUID id, String ifMatch, ClassifyDispute request, String actor) {
        Dispute d = lockForChange(id, ifMatch);
        DisputeStatus from = d.status;
        d.status = DisputeLifecycle.next(from, DisputeAction.CLASSIFY);
        if (request.category() == DisputeCategory.OTHER) {
            throw ProblemException.badRequest("category", "classify into one of the named categories, not OTHER");
        }
        DisputeCategory before = d.category;
        d.category = request.category();
        d.needsClassification = false;
        DisputeStep.of(d, DisputeAction.CLASSIFY, from, actor, OffsetDateTime.now(clock), before + " → " + d.category)
                .persist();
        return d;
    }

    public List<DisputeParty> parties(UUID disputeId) {
        return DisputeParty.list("disputeId", Sort.by("position"), disputeId);
    }

    /** Locks the row so that the If-Match check and the change are one step: no lost update between them. */
    private Dispute lockForChange(UUID id, String ifMatch) {
        Dispute d = Dispute.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProblemException.notFound("Dispute", id);
        }
        ETags.require(ifMatch, d.version);
        return d;
    }

    /** TJ-2023-00001: the counter row is locked by the upsert, so concurrent registrations never share a number. */
    String nextCaseNo(int year) {
        Number next = (Number) em.createNativeQuery("""
                insert into case_number_counter (year, last_no) values (?1, 1)
                on conflict (year) do update set last_no = case_number_counter.last_no + 1
                returning last_no""")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("TJ-%d-%05d", year, next.intValue());
    }
}

package cn.jiedao.mediation.dispute;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.mediation.dispute.DisputeLifecycle.LIFECYCLE;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.EffectiveTime;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
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
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Disputes: registration, reading, the list, and the steps of {@link DisputeLifecycle}, each taken through
 * {@link LifecycleSteps} (row lock, If-Match, step and roles, change, history entry, events, new version).
 * Time is the street's ({@link StreetTime}); case numbers count per calendar year in the street's zone.
 */
@ApplicationScoped
public class DisputeService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    DeadlineConfig deadlineConfig;

    @Inject
    Event<DisputeEnded> ended;

    @Inject
    StreetTime time;

    @Inject
    LifecycleSteps steps;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * A police referral's part of a registration: the id the dispute gets (claimed with the referral number),
     * its number, and whether its category still needs classifying.
     */
    public record ReferralIntake(UUID disputeId, String referralNo, OffsetDateTime referredAt,
            boolean needsClassification) {
    }

    public DisputeDeadlines deadlines() {
        return DisputeDeadlines.of(deadlineConfig, time.zone());
    }

    public LocalDate today() {
        return time.today();
    }

    @Transactional
    public Dispute register(RegisterDispute request, Actor registeredBy) {
        return register(request, registeredBy, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Dispute register(RegisterDispute request, Actor registeredBy, ReferralIntake referral) {
        if (request.illegalStructure() && request.category() != DisputeCategory.MUNICIPAL_ILLEGAL_CONSTRUCTION) {
            throw ProblemException.badRequest("illegalStructure",
                    "only a MUNICIPAL_ILLEGAL_CONSTRUCTION dispute can be about an illegal structure");
        }
        if (referral == null && request.channel() == IntakeChannel.POLICE_REFERRAL) {
            throw ProblemException.badRequest("channel",
                    "police referrals arrive from the police system (POST /api/mediation/police-referrals or Kafka)");
        }
        OffsetDateTime now = time.now();
        Dispute d = new Dispute();
        d.id = referral != null && referral.disputeId() != null ? referral.disputeId() : UUID.randomUUID();
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
        d.registeredBy = registeredBy.name();
        if (referral != null) {
            d.referralNo = referral.referralNo();
            d.needsClassification = referral.needsClassification();
            d.receivedAt = referral.referredAt();
        } else {
            // a paper record entered later: checked as every after-the-fact time is (not in the street's future)
            d.receivedAt = request.receivedAt() == null ? now
                    : steps.effective(EffectiveTime.at("receivedAt", request.receivedAt()));
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
        steps.begin(LIFECYCLE, d.id, DisputeAction.REGISTER, d.status, registeredBy, d.receivedAt,
                referral == null ? null : "派出所流转 " + referral.referralNo());
        outbox.publish(DisputeEvents.TOPIC, d.id.toString(), DisputeEvents.REGISTERED, DisputeEvents.Registered.of(d));
        return d;
    }

    public Dispute get(UUID id) {
        Dispute d = Records.existing(Dispute.class, id, "Dispute");
        return d;
    }

    /** A dispute's view with the version its ETag is made of. */
    public record Read(DisputeView view, long version) {
    }

    @Transactional
    public Read view(UUID id, boolean unmasked) {
        Dispute d = get(id);
        return new Read(DisputeView.of(d, parties(d.id), deadlines(), today(), unmasked,
                steps.history(LIFECYCLE, d.id), FollowUpVisit.list("disputeId", Sort.by("visitedAt"), d.id)),
                d.version);
    }

    @Transactional
    public PageResponse<DisputeView> list(DisputeFilter filter, PageParams paging, boolean unmasked) {
        StreetTime.Interval received = time.days(filter.from(), filter.to());
        Where where = Where.of()
                .and("status = :status", "status", filter.status())
                .and("category = :category", "category", filter.category())
                .and("channel = :channel", "channel", filter.channel())
                .and("gridCode = :gridCode", "gridCode", filter.gridCode())
                .and("receivedAt >= :from", "from", received.from())
                .and("receivedAt < :to", "to", received.until())
                .and("needsClassification = :needsClassification", "needsClassification",
                        filter.needsClassification())
                .andIf(filter.overdue() != null, Boolean.TRUE.equals(filter.overdue()) ? OVERDUE : "not (" + OVERDUE + ")",
                        overdueParameters(today()));
        PageResponse<Dispute> page = Pages.of(Dispute.<Dispute>find(where.query(), Sort.by("receivedAt").and("caseNo"),
                where.parameters()), paging);
        Map<UUID, List<DisputeParty>> parties = new HashMap<>();
        if (!page.items().isEmpty()) {
            DisputeParty.<DisputeParty>list("disputeId in ?1", Sort.by("position"),
                    page.items().stream().map(d -> d.id).toList())
                    .forEach(p -> parties.computeIfAbsent(p.disputeId, k -> new ArrayList<>()).add(p));
        }
        DisputeDeadlines rules = deadlines();
        LocalDate today = today();
        return page.map(d -> DisputeView.of(d, parties.getOrDefault(d.id, List.of()), rules, today, unmasked, null));
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

    public Dispute accept(UUID id, String ifMatch, AcceptDispute request, Actor actor) {
        return steps.take(LIFECYCLE, Dispute.class, id, ifMatch, DisputeAction.ACCEPT, actor, request.effective(),
                (d, step) -> {
            if (MediationRoom.findById(request.roomId()) == null) {
                throw ProblemException.badRequest("roomId", "no mediation room " + request.roomId());
            }
            if (Mediator.findById(request.mediatorId()) == null) {
                throw ProblemException.badRequest("mediatorId", "no mediator " + request.mediatorId());
            }
            d.roomId = request.roomId();
            d.mediatorId = request.mediatorId();
            d.acceptedAt = step.at();
            step.note(request.note());
        });
    }

    public Dispute extend(UUID id, String ifMatch, ExtendDispute request, Actor actor) {
        return steps.take(LIFECYCLE, Dispute.class, id, ifMatch, DisputeAction.EXTEND, actor, (d, step) -> {
            LocalDate due = deadlines().conclusionDue(d.acceptedAt, d.extendedUntil);
            if (!request.extendedUntil().isAfter(due)) {
                throw ProblemException.badRequest("extendedUntil", "must be after the current conclusion deadline " + due);
            }
            d.extendedUntil = request.extendedUntil();
            step.note("双方同意延长至 " + request.extendedUntil() + (request.note() == null ? "" : ": " + request.note()));
        });
    }

    public Dispute conclude(UUID id, String ifMatch, ConcludeDispute request, Actor actor) {
        return steps.take(LIFECYCLE, Dispute.class, id, ifMatch, DisputeAction.CONCLUDE, actor, request.effective(),
                (d, step) -> {
            DisputeLifecycle.checkConclusion(request);
            d.concludedAt = step.at();
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
            end(d, step, DisputeEvents.CONCLUDED, request.outcome() + ": " + d.conclusionSummary);
        });
    }

    public Dispute withdraw(UUID id, String ifMatch, WithdrawDispute request, Actor actor) {
        return steps.take(LIFECYCLE, Dispute.class, id, ifMatch, DisputeAction.WITHDRAW, actor, request.effective(),
                (d, step) -> {
            d.withdrawnAt = step.at();
            d.conclusionSummary = request.reason().strip();
            end(d, step, DisputeEvents.WITHDRAWN, d.conclusionSummary);
        });
    }

    public Dispute recordFollowUpVisit(UUID id, String ifMatch, RecordFollowUpVisit request, Actor actor) {
        return steps.take(LIFECYCLE, Dispute.class, id, ifMatch, DisputeAction.FOLLOW_UP, actor, request.effective(),
                (d, step) -> {
            FollowUpVisit v = new FollowUpVisit();
            v.id = UUID.randomUUID();
            v.disputeId = d.id;
            v.visitedAt = step.at();
            v.visitor = step.actor().name();
            v.satisfaction = request.satisfaction();
            v.agreementPerformed = request.agreementPerformed();
            v.note = request.note();
            v.persist();
            d.closedAt = step.at();
            step.note("满意度 " + request.satisfaction() + (request.agreementPerformed() ? ", 协议已履行" : ", 协议未履行")
                    + (request.note() == null ? "" : ": " + request.note()));
        });
    }

    public Dispute classify(UUID id, String ifMatch, ClassifyDispute request, Actor actor) {
        return steps.take(LIFECYCLE, Dispute.class, id, ifMatch, DisputeAction.CLASSIFY, actor, (d, step) -> {
            if (request.category() == DisputeCategory.OTHER) {
                throw ProblemException.badRequest("category", "classify into one of the named categories, not OTHER");
            }
            step.note(d.category + " → " + request.category());
            d.category = request.category();
            d.needsClassification = false;
        });
    }

    /** A conclusion or withdrawal: its note, its event, and {@link DisputeEnded} for the referral's outcome. */
    /** A step of the illegal-construction case a complaint opened, as safety announced it. */
    public record CaseStep(UUID caseId, String caseNo, String type, String note, boolean demolished) {
    }

    /**
     * Records a case's step in the history of the complaint it came from; when the structure is demolished, a
     * complaint still received or accepted is concluded RESOLVED, the conclusion naming the case. In the
     * transaction of the consumed event; false when mediation has no such dispute.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordCaseStep(UUID disputeId, CaseStep caseStep, Actor actor) {
        Dispute d = em.find(Dispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            return false;
        }
        String note = "违建案件 " + caseStep.caseNo() + ": " + caseStep.note();
        if (caseStep.demolished() && LIFECYCLE.allows(d.status, DisputeAction.CONCLUDE_BY_CASE)) {
            steps.apply(LIFECYCLE, d, d.id, DisputeAction.CONCLUDE_BY_CASE, actor, (dispute, step) -> {
                dispute.concludedAt = step.at();
                dispute.outcome = DisputeOutcome.RESOLVED;
                dispute.conclusionSummary = "违建已拆除，投诉办结（违建案件 " + caseStep.caseNo() + "）: " + caseStep.note();
                end(dispute, step, DisputeEvents.CONCLUDED, note);
            });
        } else {
            steps.apply(LIFECYCLE, d, d.id, DisputeAction.CASE_PROGRESS, actor, (dispute, step) -> step.note(note));
        }
        return true;
    }

    /** A volunteer team's activity that helped settle a dispute, as the services hub announced it. */
    public record VolunteerHelp(String teamName, String title, LocalDate heldOn, int volunteers, String note) {
    }

    /**
     * Records a volunteer team's help in the history of the dispute of {@code caseNo}, whatever its status, in
     * the transaction of the consumed event; false when mediation has no dispute of that case number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordVolunteerHelp(String caseNo, VolunteerHelp help, Actor actor) {
        Dispute d = Dispute.<Dispute>find("caseNo", caseNo).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (d == null) {
            return false;
        }
        String note = "志愿服务队 " + help.teamName() + " 协助调解（" + help.heldOn() + "，" + help.volunteers() + " 名志愿者）: "
                + help.title() + (help.note() == null || help.note().isBlank() ? "" : "；" + help.note());
        steps.apply(LIFECYCLE, d, d.id, DisputeAction.VOLUNTEER_HELP, actor, (dispute, step) -> step.note(note));
        return true;
    }

    private void end(Dispute d, LifecycleSteps.StepContext step, String type, String note) {
        step.note(note);
        step.publish(DisputeEvents.TOPIC, type, DisputeEvents.Ended.of(d));
        ended.fire(new DisputeEnded(d));
    }

    public List<DisputeParty> parties(UUID disputeId) {
        return DisputeParty.list("disputeId", Sort.by("position"), disputeId);
    }

    /** The most case numbers one reservation takes from the counter. */
    static final int MAX_CASE_NUMBER_BLOCK = 256;

    /** The case numbers a transaction has reserved for a year: {@code next..last}; the size of its last block. */
    private static final class CaseNumbers {
        int next;
        int last;
        int block;
        boolean givesBack;
    }

    /**
     * TJ-2023-00001: the counter row is locked by the upsert until the transaction ends, so concurrent
     * registrations never share a number. A transaction that registers several disputes (a poll of police
     * referrals) reserves its numbers in growing blocks (1, 4, 16, … {@value #MAX_CASE_NUMBER_BLOCK}) rather
     * than one statement per dispute; before it commits, what it reserved and did not use goes back to the
     * counter, so case numbers have no gaps. A rolled-back transaction takes its reservations back with it.
     */
    String nextCaseNo(int year) {
        String key = CaseNumbers.class.getName() + ":" + year;
        CaseNumbers reserved = (CaseNumbers) transactions.getResource(key);
        if (reserved == null || reserved.next > reserved.last) {
            boolean first = reserved == null;
            if (first) {
                reserved = new CaseNumbers();
                transactions.putResource(key, reserved);
            }
            int size = first ? 1 : Math.min(MAX_CASE_NUMBER_BLOCK, reserved.block * 4);
            int last = ((Number) em.createNativeQuery("""
                    insert into case_number_counter (year, last_no) values (?1, ?2)
                    on conflict (year) do update set last_no = case_number_counter.last_no + ?2
                    returning last_no""")
                    .setParameter(1, year)
                    .setParameter(2, size)
                    .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("case_number_counter")
                    .getSingleResult()).intValue();
            reserved.next = last - size + 1;
            reserved.last = last;
            reserved.block = size;
            if (size > 1 && !reserved.givesBack) {
                reserved.givesBack = true;
                CaseNumbers unused = reserved;
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        if (unused.next <= unused.last) {
                            em.createNativeQuery("update case_number_counter set last_no = ?2 where year = ?1")
                                    .setParameter(1, year)
                                    .setParameter(2, unused.next - 1)
                                    .unwrap(org.hibernate.query.NativeQuery.class)
                                    .addSynchronizedQuerySpace("case_number_counter")
                                    .executeUpdate();
                        }
                    }

                    @Override
                    public void afterCompletion(int status) {
                    }
                });
            }
        }
        return String.format("TJ-%d-%05d", year, reserved.next++);
    }
}

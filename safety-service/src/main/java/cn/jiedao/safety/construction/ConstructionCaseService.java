package cn.jiedao.safety.construction;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.safety.construction.ConstructionCaseLifecycle.LIFECYCLE;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.EffectiveTime;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.GridScope;
import cn.jiedao.safety.construction.ConstructionCaseViews.Closure;
import cn.jiedao.safety.construction.ConstructionCaseViews.Demolition;
import cn.jiedao.safety.construction.ConstructionCaseViews.Legalisation;
import cn.jiedao.safety.construction.ConstructionCaseViews.Notice;
import cn.jiedao.safety.construction.ConstructionCaseViews.ReportCase;
import cn.jiedao.safety.construction.ConstructionCaseViews.Verification;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** Illegal-construction cases: opened by a patrol or a complaint, moved by {@link ConstructionCaseLifecycle}. */
@ApplicationScoped
public class ConstructionCaseService {

    @Inject
    LifecycleSteps steps;

    @Inject
    Outbox outbox;

    @Inject
    StreetTime time;

    @Inject
    EntityManager em;

    /** The data of a new case, whoever found the structure. */
    public record Opening(CaseSource source, UUID sourceDisputeId, String sourceCaseNo, String address,
            String gridCode, String description, EffectiveTime reported) {

        /** A case reported now. */
        public Opening(CaseSource source, UUID sourceDisputeId, String sourceCaseNo, String address, String gridCode,
                String description) {
            this(source, sourceDisputeId, sourceCaseNo, address, gridCode, description, EffectiveTime.NOW);
        }
    }

    @Transactional
    public IllegalConstructionCase report(ReportCase request, Actor actor) {
        GridScope.require(actor, request.gridCode());
        return open(new Opening(CaseSource.PATROL, null, null, request.address(), request.gridCode(),
                request.description(), EffectiveTime.on("reportedOn", request.reportedOn())), actor);
    }

    /**
     * Opens a case in REPORTED, with its first history entry and {@code safety.case.opened}: opened when it was
     * reported (now, or the checked day of a case entered after the fact), recorded now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IllegalConstructionCase open(Opening opening, Actor actor) {
        IllegalConstructionCase c = new IllegalConstructionCase();
        c.id = UUID.randomUUID();
        c.recordedAt = time.now();
        c.openedAt = opening.reported().given() ? steps.effective(opening.reported()) : c.recordedAt;
        c.caseNo = nextCaseNo(time.dateOf(c.openedAt).getYear());
        c.source = opening.source();
        c.sourceDisputeId = opening.sourceDisputeId();
        c.sourceCaseNo = opening.sourceCaseNo();
        c.address = opening.address();
        c.gridCode = opening.gridCode();
        c.description = opening.description();
        c.reportedBy = actor.name();
        c.status = ConstructionCaseStatus.REPORTED;
        c.persist();
        String note = (c.source == CaseSource.COMPLAINT ? "投诉立案 " + c.sourceCaseNo : "巡查发现") + ": " + c.address;
        steps.begin(LIFECYCLE, c.id, ConstructionCaseStep.REPORT, c.status, actor, c.openedAt, note);
        outbox.publish(CaseEvents.TOPIC, c.id.toString(), CaseEvents.OPENED, CaseEvents.CaseStep.of(c, c.openedAt,
                "已立案 " + c.caseNo));
        return c;
    }

    @Transactional
    public IllegalConstructionCase verify(UUID id, String ifMatch, Verification request, Actor actor) {
        return steps.take(LIFECYCLE, IllegalConstructionCase.class, id, ifMatch, ConstructionCaseStep.VERIFY, actor,
                request.effective(), (c, step) -> {
                    c.verifiedAt = step.at();
                    c.structureAreaM2 = request.areaSquareMetres();
                    published(c, step, CaseEvents.VERIFIED, "核实违建约 " + plain(request.areaSquareMetres()) + " 平方米"
                            + suffix(request.note()));
                });
    }

    @Transactional
    public IllegalConstructionCase issueNotice(UUID id, String ifMatch, Notice request, Actor actor) {
        return steps.take(LIFECYCLE, IllegalConstructionCase.class, id, ifMatch, ConstructionCaseStep.ISSUE_NOTICE,
                actor, EffectiveTime.on("issuedOn", request.issuedOn()), (c, step) -> {
                    if (!request.rectifyBy().isAfter(request.issuedOn())) {
                        throw ProblemException.badRequest("rectifyBy", "must be after issuedOn " + request.issuedOn());
                    }
                    c.noticeNo = request.noticeNo();
                    c.noticeIssuedOn = request.issuedOn();
                    c.rectifyBy = request.rectifyBy();
                    published(c, step, CaseEvents.NOTICE_ISSUED, "下达限期拆除通知书 " + request.noticeNo() + "，限 "
                            + request.rectifyBy() + " 前拆除");
                });
    }

    @Transactional
    public IllegalConstructionCase demolish(UUID id, String ifMatch, Demolition request, Actor actor) {
        // the demolition's day is the step's effective day: not after today, not before the case's previous step
        return steps.take(LIFECYCLE, IllegalConstructionCase.class, id, ifMatch, ConstructionCaseStep.DEMOLISH, actor,
                EffectiveTime.on("demolishedOn", request.demolishedOn()), (c, step) -> {
                    c.demolishedOn = request.demolishedOn();
                    c.demolishedAreaM2 = request.areaSquareMetres();
                    published(c, step, CaseEvents.DEMOLISHED, "已于 " + request.demolishedOn() + " 拆除 "
                            + plain(request.areaSquareMetres()) + " 平方米" + suffix(request.note()));
                });
    }

    @Transactional
    public IllegalConstructionCase legalise(UUID id, String ifMatch, Legalisation request, Actor actor) {
        return steps.take(LIFECYCLE, IllegalConstructionCase.class, id, ifMatch, ConstructionCaseStep.LEGALISE, actor,
                request.effective(), (c, step) -> {
                    c.legalisedNote = request.note();
                    published(c, step, CaseEvents.LEGALISED, "依法补办手续: " + request.note());
                });
    }

    @Transactional
    public IllegalConstructionCase close(UUID id, String ifMatch, Closure request, Actor actor) {
        return steps.take(LIFECYCLE, IllegalConstructionCase.class, id, ifMatch, ConstructionCaseStep.CLOSE, actor,
                request.effective(), (c, step) -> {
                    c.closedOn = time.dateOf(step.at());
                    c.closureNote = request.note();
                    published(c, step, CaseEvents.CLOSED, "结案: " + request.note());
                });
    }

    public IllegalConstructionCase get(UUID id) {
        IllegalConstructionCase c = Records.existing(IllegalConstructionCase.class, id, "Illegal-construction case");
        return c;
    }

    public IllegalConstructionCaseView view(IllegalConstructionCase c) {
        return IllegalConstructionCaseView.of(c, steps.history(LIFECYCLE, c.id));
    }

    public PageResponse<IllegalConstructionCaseView> list(UUID sourceDisputeId, ConstructionCaseStatus status,
            String gridCode, LocalDate demolishedFrom, LocalDate demolishedTo, PageParams paging) {
        Where where = Where.of().and("sourceDisputeId = :dispute", "dispute", sourceDisputeId)
                .and("status = :status", "status", status).and("gridCode = :grid", "grid", gridCode)
                .within("demolishedOn", demolishedFrom, demolishedTo);
        return Pages.of(IllegalConstructionCase.<IllegalConstructionCase>find(where.query(),
                Sort.descending("openedAt").and("id"), where.parameters()), paging,
                c -> IllegalConstructionCaseView.of(c, null));
    }

    private static void published(IllegalConstructionCase c, LifecycleSteps.StepContext step, String type,
            String note) {
        step.note(note);
        step.publish(CaseEvents.TOPIC, type, CaseEvents.CaseStep.of(c, step.at(), note));
    }

    private static String plain(java.math.BigDecimal value) {
        return Ratios.plain(value).toPlainString();
    }

    private static String suffix(String note) {
        return note == null || note.isBlank() ? "" : "；" + note;
    }

    /** WJ-2023-00001: the counter row is locked by the upsert, so concurrent cases never share a number. */
    private String nextCaseNo(int year) {
        Number next = (Number) em.createNativeQuery("""
                insert into construction_case_counter (year, last_no) values (?1, 1)
                on conflict (year) do update set last_no = construction_case_counter.last_no + 1
                returning last_no""").setParameter(1, year).getSingleResult();
        return String.format("WJ-%d-%05d", year, next.intValue());
    }
}

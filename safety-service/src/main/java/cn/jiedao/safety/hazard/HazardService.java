package cn.jiedao.safety.hazard;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.safety.hazard.HazardLifecycle.LIFECYCLE;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.hazard.HazardViews.Closure;
import cn.jiedao.safety.hazard.HazardViews.ExtensionDecision;
import cn.jiedao.safety.hazard.HazardViews.ExtensionRequest;
import cn.jiedao.safety.hazard.HazardViews.Finding;
import cn.jiedao.safety.hazard.HazardViews.HazardView;
import cn.jiedao.safety.hazard.HazardViews.ReportRectification;
import cn.jiedao.safety.hazard.HazardViews.Verification;
import cn.jiedao.safety.GridScope;
import cn.jiedao.safety.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hazards: found by inspections, moved by {@link HazardLifecycle}, escalated when major or overdue. */
@ApplicationScoped
public class HazardService {

    static final List<HazardStatus> UNCLOSED = List.of(HazardStatus.OPEN, HazardStatus.RECTIFICATION_REPORTED);

    @Inject
    LifecycleSteps steps;

    @Inject
    Outbox outbox;

    @Inject
    StreetTime time;

    private final RectificationDeadlines deadlines;

    @Inject
    public HazardService(@ConfigProperty(name = "jiedao.safety.rectification-days") Map<String, Integer> days) {
        Map<HazardSeverity, Integer> bySeverity = new EnumMap<>(HazardSeverity.class);
        days.forEach((severity, d) -> bySeverity.put(HazardSeverity.valueOf(severity), d));
        this.deadlines = new RectificationDeadlines(bySeverity);
    }

    public RectificationDeadlines deadlines() {
        return deadlines;
    }

    /** What found a hazard: an inspection or a drill. */
    public record FoundBy(UUID inspectionId, UUID drillId) {

        public static FoundBy inspection(UUID id) {
            return new FoundBy(id, null);
        }

        public static FoundBy drill(UUID id) {
            return new FoundBy(null, id);
        }
    }

    /** The hazard of one finding, in the transaction of what found it; a major one is escalated at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Hazard find(Finding finding, FoundBy foundBy, Site site, LocalDate foundOn, Actor actor) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.inspectionId = foundBy.inspectionId();
        h.drillId = foundBy.drillId();
        h.siteId = site.id;
        h.domain = finding.domain();
        h.severity = finding.severity();
        h.description = finding.description();
        h.legalBasis = finding.legalBasis();
        h.responsibleParty = finding.responsibleParty();
        h.status = HazardStatus.OPEN;
        h.foundOn = foundOn;
        h.originalDeadline = deadlines.deadline(h.severity, foundOn);
        h.deadline = h.originalDeadline;
        if (h.severity == HazardSeverity.MAJOR) {
            escalate(h, site, Escalation.MAJOR);
        }
        h.persist();
        steps.begin(LIFECYCLE, h.id, HazardStep.FIND, HazardStatus.OPEN, actor, time.now(),
                h.severity + " " + h.domain + ", deadline " + h.deadline);
        return h;
    }

    @Transactional
    public Hazard reportRectification(UUID id, String ifMatch, ReportRectification request, Actor actor) {
        return steps.take(LIFECYCLE, Hazard.class, id, ifMatch, HazardStep.REPORT_RECTIFICATION, actor, (h, step) -> {
            inScope(h, actor);
            h.rectificationNote = request.note();
            h.rectifiedBy = actor.name();
            h.rectifiedAt = step.at();
            step.note(request.note());
        });
    }

    /** The re-inspection: passed closes the hazard fixed, failed sends it back to rectification. */
    @Transactional
    public Hazard verify(UUID id, String ifMatch, Verification request, Actor actor) {
        HazardStep outcome = request.passed() ? HazardStep.PASS_VERIFICATION : HazardStep.FAIL_VERIFICATION;
        return steps.take(LIFECYCLE, Hazard.class, id, ifMatch, outcome, actor, (h, step) -> {
            if (actor.name().equals(h.rectifiedBy)) {
                throw ProblemException.forbidden("The re-inspection is made by another safety officer than "
                        + h.rectifiedBy + ", who reported the rectification");
            }
            h.verifiedBy = actor.name();
            step.note(request.note());
            if (request.passed()) {
                h.closedOn = time.dateOf(step.at());
                closed(h, step, null);
            } else {
                h.rectifiedBy = null;
            }
        });
    }

    @Transactional
    public Hazard closeUnfixed(UUID id, String ifMatch, Closure request, Actor actor) {
        return steps.take(LIFECYCLE, Hazard.class, id, ifMatch, HazardStep.CLOSE_UNFIXED, actor, (h, step) -> {
            h.closureReason = request.reason();
            h.closedOn = time.dateOf(step.at());
            step.note(request.reason());
            closed(h, step, request.reason());
        });
    }

    @Transactional
    public Hazard requestExtension(UUID id, String ifMatch, ExtensionRequest request, Actor actor) {
        return steps.take(LIFECYCLE, Hazard.class, id, ifMatch, HazardStep.REQUEST_EXTENSION, actor, (h, step) -> {
            inScope(h, actor);
            if (h.extensionStatus == ExtensionStatus.REQUESTED) {
                throw ProblemException.conflict("An extension to " + h.extensionUntil + " awaits its decision");
            }
            if (!request.until().isAfter(h.deadline)) {
                throw ProblemException.badRequest("until", "must be after the deadline " + h.deadline);
            }
            h.extensionUntil = request.until();
            h.extensionReason = request.reason();
            h.extensionRequestedBy = actor.name();
            h.extensionStatus = ExtensionStatus.REQUESTED;
            step.note("until " + request.until() + ": " + request.reason());
        });
    }

    @Transactional
    public Hazard decideExtension(UUID id, String ifMatch, ExtensionDecision request, Actor actor) {
        HazardStep decision = request.approved() ? HazardStep.APPROVE_EXTENSION : HazardStep.REFUSE_EXTENSION;
        return steps.take(LIFECYCLE, Hazard.class, id, ifMatch, decision, actor, (h, step) -> {
            if (h.extensionStatus != ExtensionStatus.REQUESTED) {
                throw ProblemException.conflict("No extension of this hazard awaits a decision");
            }
            if (actor.name().equals(h.extensionRequestedBy)) {
                throw ProblemException.forbidden("An extension is decided by another person than "
                        + h.extensionRequestedBy + ", who requested it");
            }
            h.extensionStatus = request.approved() ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
            if (request.approved()) {
                h.deadline = h.extensionUntil;
            }
            step.note((request.approved() ? "deadline now " + h.deadline : "refused")
                    + (request.note() == null ? "" : ": " + request.note()));
        });
    }

    /** A hazard; a grid worker reads those of their grids' sites only. */
    public Hazard get(UUID id, Actor actor) {
        Hazard h = Records.existing(Hazard.class, id, "Hazard");
        inScope(h, actor);
        return h;
    }

    private static void inScope(Hazard h, Actor actor) {
        if (actor.worksOnlyIn()) {
            Site site = Site.findById(h.siteId);
            GridScope.require(actor, site.gridCode);
        }
    }

    public HazardView view(Hazard h) {
        return HazardView.of(h, time.today(), steps.history(LIFECYCLE, h.id));
    }

    /** Filters of the hazard list; null means any. */
    public record Filter(HazardStatus status, HazardDomain domain, HazardSeverity severity, UUID siteId,
            UUID inspectionId, Boolean overdue, Boolean escalated, LocalDate foundFrom, LocalDate foundTo) {
    }

    public PageResponse<HazardView> list(Filter f, PageParams paging, Actor actor) {
        LocalDate today = time.today();
        Where where = Where.of().and("status = :status", "status", f.status())
                .and("domain = :domain", "domain", f.domain())
                .and("severity = :severity", "severity", f.severity())
                .and("siteId = :site", "site", f.siteId())
                .and("inspectionId = :inspection", "inspection", f.inspectionId())
                .andIf(Boolean.TRUE.equals(f.overdue()), "status in :unclosed and deadline < :today",
                        Map.of("unclosed", UNCLOSED, "today", today))
                .andIf(Boolean.FALSE.equals(f.overdue()), "not (status in :unclosed and deadline < :today)",
                        Map.of("unclosed", UNCLOSED, "today", today))
                .andIf(Boolean.TRUE.equals(f.escalated()), "escalatedAt is not null", Map.of())
                .andIf(Boolean.FALSE.equals(f.escalated()), "escalatedAt is null", Map.of())
                .within("foundOn", f.foundFrom(), f.foundTo())
                .andIf(actor.worksOnlyIn(), "siteId in (select s.id from Site s where s.gridCode in :grids)",
                        Map.of("grids", actor.grids()));
        return Pages.of(Hazard.<Hazard>find(where.query(), Sort.descending("foundOn").and("id"), where.parameters()), paging,
                h -> HazardView.of(h, today, null));
    }

    /**
     * Escalates every unclosed hazard past its deadline that was not escalated as overdue yet (a major one was
     * escalated when found, and is escalated again when it is overdue).
     *
     * @return how many were escalated
     */
    @Transactional
    public int escalateOverdue() {
        List<Hazard> overdue = Hazard.list("status in ?1 and deadline < ?2 and (escalationReason is null "
                + "or escalationReason <> ?3)", UNCLOSED, time.today(), Escalation.OVERDUE);
        overdue.forEach(h -> escalate(h, Site.findById(h.siteId), Escalation.OVERDUE));
        return overdue.size();
    }

    private void escalate(Hazard h, Site site, Escalation reason) {
        h.escalatedAt = time.now();
        h.escalationReason = reason;
        outbox.publish(HazardEvents.TOPIC, h.id.toString(), HazardEvents.ESCALATED,
                new HazardEvents.Escalated(h.id, h.siteId, site.name, site.gridCode, h.domain, h.severity, reason,
                        h.foundOn, h.deadline, h.description));
    }

    private static void closed(Hazard h, LifecycleSteps.StepContext step, String reason) {
        step.publish(HazardEvents.TOPIC, HazardEvents.CLOSED, new HazardEvents.Closed(h.id, h.siteId, h.domain,
                h.severity, h.status, h.closedOn, reason));
    }
}

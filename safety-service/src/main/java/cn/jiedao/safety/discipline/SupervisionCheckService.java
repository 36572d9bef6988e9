package cn.jiedao.safety.discipline;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.safety.discipline.SupervisionCheck.LIFECYCLE;

import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.discipline.DisciplineViews.Rectification;
import cn.jiedao.safety.discipline.DisciplineViews.RecordSupervisionCheck;
import cn.jiedao.safety.discipline.DisciplineViews.ReportRectification;
import cn.jiedao.safety.discipline.DisciplineViews.SupervisionCheckView;
import cn.jiedao.safety.discipline.DisciplineViews.Verification;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** 督查: supervision checks, moved by {@link SupervisionCheck#LIFECYCLE}; the overdue ones listed. */
@ApplicationScoped
public class SupervisionCheckService {

    @Inject
    LifecycleSteps steps;

    @Inject
    StreetTime time;

    @Transactional
    public SupervisionCheck record(RecordSupervisionCheck request, Actor actor) {
        SupervisionCheck c = new SupervisionCheck();
        c.id = UUID.randomUUID();
        c.checkedOn = request.checkedOn();
        c.subject = request.subject();
        c.subjectKind = request.subjectKind();
        c.kind = request.kind();
        c.inspectors = String.join(DisciplineViews.INSPECTOR_SEPARATOR, request.inspectors());
        c.findings = request.findings();
        c.status = SupervisionCheckStatus.RECORDED;
        if (request.rectification() != null) {
            require(c, request.rectification(), "rectification.deadline");
            c.status = SupervisionCheckStatus.RECTIFICATION_REQUIRED;
        }
        c.persist();
        steps.begin(LIFECYCLE, c.id, SupervisionCheckStep.RECORD, c.status, actor, time.now(),
                c.kind + " check of " + c.subject + (c.rectificationDeadline == null ? ""
                        : ", rectification by " + c.rectificationDeadline));
        return c;
    }

    @Transactional
    public SupervisionCheck requireRectification(UUID id, String ifMatch, Rectification request, Actor actor) {
        return steps.take(LIFECYCLE, SupervisionCheck.class, id, ifMatch, SupervisionCheckStep.REQUIRE_RECTIFICATION,
                actor, (c, step) -> {
                    require(c, request, "deadline");
                    step.note("by " + request.deadline() + ": " + request.required());
                });
    }

    @Transactional
    public SupervisionCheck reportRectification(UUID id, String ifMatch, ReportRectification request, Actor actor) {
        return steps.take(LIFECYCLE, SupervisionCheck.class, id, ifMatch, SupervisionCheckStep.REPORT_RECTIFICATION,
                actor, (c, step) -> {
                    if (request.rectifiedOn().isBefore(c.checkedOn)) {
                        throw ProblemException.badRequest("rectifiedOn", "must not be before the check " + c.checkedOn);
                    }
                    c.rectifiedOn = request.rectifiedOn();
                    c.rectificationNote = request.note();
                    step.note(request.note());
                });
    }

    /** Passed: verified; failed: the rectification is required again, by the same deadline. */
    @Transactional
    public SupervisionCheck verify(UUID id, String ifMatch, Verification request, Actor actor) {
        SupervisionCheckStep outcome = request.passed() ? SupervisionCheckStep.PASS_VERIFICATION
                : SupervisionCheckStep.FAIL_VERIFICATION;
        return steps.take(LIFECYCLE, SupervisionCheck.class, id, ifMatch, outcome, actor, (c, step) -> {
            if (request.passed()) {
                c.verifiedOn = time.dateOf(step.at());
                c.verifiedBy = actor.name();
            } else {
                c.rectifiedOn = null;
            }
            step.note(request.note());
        });
    }

    private static void require(SupervisionCheck c, Rectification r, String deadlineField) {
        if (r.deadline().isBefore(c.checkedOn)) {
            throw ProblemException.badRequest(deadlineField, "must not be before the check " + c.checkedOn);
        }
        c.rectificationRequired = r.required();
        c.rectificationDeadline = r.deadline();
    }

    public SupervisionCheck get(UUID id) {
        SupervisionCheck c = Records.existing(SupervisionCheck.class, id, "SupervisionCheck");
        return c;
    }

    public SupervisionCheckView view(SupervisionCheck c) {
        return SupervisionCheckView.of(c, time.today(), steps.history(LIFECYCLE, c.id));
    }

    /** Filters of the list; null means any. */
    public record Filter(SupervisionCheckStatus status, SupervisionCheckKind kind, SupervisionSubjectKind subjectKind,
            Boolean overdue, LocalDate from, LocalDate to) {
    }

    public PageResponse<SupervisionCheckView> list(Filter f, PageParams paging) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ProblemException.badRequest("to", "must not be before from " + f.from());
        }
        LocalDate today = time.today();
        Map<String, Object> overdue = Map.of("required", SupervisionCheckStatus.RECTIFICATION_REQUIRED, "today", today);
        Where where = Where.of().and("status = :status", "status", f.status())
                .and("kind = :kind", "kind", f.kind())
                .and("subjectKind = :subjectKind", "subjectKind", f.subjectKind())
                .andIf(Boolean.TRUE.equals(f.overdue()), "status = :required and rectificationDeadline < :today",
                        overdue)
                .andIf(Boolean.FALSE.equals(f.overdue()),
                        "not (status = :required and rectificationDeadline < :today)", overdue)
                .within("checkedOn", f.from(), f.to());
        return Pages.of(SupervisionCheck.<SupervisionCheck>find(where.query(), Sort.descending("checkedOn").and("id"),
                where.parameters()), paging, c -> SupervisionCheckView.of(c, today, null));
    }
}

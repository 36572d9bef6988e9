package cn.jiedao.safety.discipline;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.safety.discipline.Recommendation.LIFECYCLE;

import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.discipline.DisciplineViews.AnswerRecommendation;
import cn.jiedao.safety.discipline.DisciplineViews.IssueRecommendation;
import cn.jiedao.safety.discipline.DisciplineViews.RecommendationView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** 纪律检查建议书: recommendations issued to units, and their answers. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    LifecycleSteps steps;

    @Inject
    StreetTime time;

    @Transactional
    public Recommendation issue(IssueRecommendation request, Actor actor) {
        if (request.answerDueOn().isBefore(request.issuedOn())) {
            throw ProblemException.badRequest("answerDueOn", "must not be before issuedOn " + request.issuedOn());
        }
        if (Recommendation.count("number", request.number()) > 0) {
            throw ProblemException.conflict("A recommendation numbered " + request.number() + " is recorded")
                    .with("field", "number");
        }
        Recommendation r = new Recommendation();
        r.id = UUID.randomUUID();
        r.number = request.number();
        r.unit = request.unit();
        r.issuedOn = request.issuedOn();
        r.content = request.content();
        r.answerDueOn = request.answerDueOn();
        r.status = RecommendationStatus.ISSUED;
        r.persist();
        steps.begin(LIFECYCLE, r.id, RecommendationStep.ISSUE, r.status, actor, time.now(),
                r.number + " to " + r.unit + ", answer due " + r.answerDueOn);
        return r;
    }

    @Transactional
    public Recommendation answer(UUID id, String ifMatch, AnswerRecommendation request, Actor actor) {
        return steps.take(LIFECYCLE, Recommendation.class, id, ifMatch, RecommendationStep.ANSWER, actor, (r, step) -> {
            if (request.answeredOn().isBefore(r.issuedOn)) {
                throw ProblemException.badRequest("answeredOn", "must not be before issuedOn " + r.issuedOn);
            }
            r.answer = request.answer();
            r.answeredOn = request.answeredOn();
            step.note("answered on " + r.answeredOn);
        });
    }

    public Recommendation get(UUID id) {
        Recommendation r = Records.existing(Recommendation.class, id, "Recommendation");
        return r;
    }

    public RecommendationView view(Recommendation r) {
        return RecommendationView.of(r, time.today(), steps.history(LIFECYCLE, r.id));
    }

    /** Filters of the list; null means any. */
    public record Filter(RecommendationStatus status, String unit, Boolean overdue, LocalDate from, LocalDate to) {
    }

    public PageResponse<RecommendationView> list(Filter f, PageParams paging) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ProblemException.badRequest("to", "must not be before from " + f.from());
        }
        LocalDate today = time.today();
        Map<String, Object> overdue = Map.of("issued", RecommendationStatus.ISSUED, "today", today);
        Where where = Where.of().and("status = :status", "status", f.status())
                .and("unit = :unit", "unit", f.unit())
                .andIf(Boolean.TRUE.equals(f.overdue()), "status = :issued and answerDueOn < :today", overdue)
                .andIf(Boolean.FALSE.equals(f.overdue()), "not (status = :issued and answerDueOn < :today)", overdue)
                .within("issuedOn", f.from(), f.to());
        return Pages.of(Recommendation.<Recommendation>find(where.query(), Sort.descending("issuedOn").and("id"),
                where.parameters()), paging, r -> RecommendationView.of(r, today, null));
    }
}

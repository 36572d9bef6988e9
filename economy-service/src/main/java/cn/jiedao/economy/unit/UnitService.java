package cn.jiedao.economy.unit;

import cn.jiedao.economy.unit.UnitViews.EligibilityView;
import cn.jiedao.economy.unit.UnitViews.RegisterUnit;
import cn.jiedao.economy.unit.UnitViews.SummaryView;
import cn.jiedao.economy.unit.UnitViews.ThresholdView;
import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.UnifiedSocialCreditCode;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class UnitService {

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    @Inject
    LifecycleSteps steps;

    @Inject
    Outbox outbox;

    public Eligibility eligibility() {
        return new Eligibility(EligibilityThreshold.<EligibilityThreshold>listAll().stream()
                .map(EligibilityThreshold::toThreshold).toList());
    }

    public List<ThresholdView> thresholds() {
        return EligibilityThreshold.<EligibilityThreshold>listAll(Sort.by("industryPrefix")).stream()
                .map(t -> ThresholdView.of(t.toThreshold())).toList();
    }

    @Transactional
    public StatisticalUnit register(RegisterUnit request, Actor actor) {
        if (StatisticalUnit.count("creditCode", request.creditCode()) > 0) {
            throw ProblemException.conflict("A unit with credit code " + request.creditCode() + " is already registered");
        }
        UnitCategory category = request.category();
        if (category == null) {
            category = eligibility().thresholdFor(request.industryCode()).map(Eligibility.Threshold::category)
                    .orElseThrow(() -> ProblemException.badRequest("category", "no threshold covers industry "
                            + request.industryCode() + "; give the category"));
        }
        StatisticalUnit u = new StatisticalUnit();
        u.id = UUID.randomUUID();
        u.creditCode = request.creditCode();
        u.name = request.name().strip();
        u.industryCode = request.industryCode();
        u.address = request.address();
        u.gridCode = request.gridCode();
        u.category = category;
        u.constructionQualification = request.constructionQualification();
        u.status = request.status() == null ? RegistrationStatus.CULTIVATING : request.status();
        LocalDate on = request.statusDate() == null ? time.today() : request.statusDate();
        u.stamp(u.status, on);
        u.registeredAt = time.now();
        u.registeredBy = actor.name();
        u.persist();
        steps.begin(RegistrationPipeline.LIFECYCLE, u.id, RegistrationStep.REGISTER, u.status, actor,
                u.registeredAt, u.status + " on " + on);
        if (UnitEvents.isAccommodationOrCatering(u.industryCode)) {
            outbox.publish(UnitEvents.TOPIC, u.creditCode, UnitEvents.REGISTERED, new UnitEvents.Registered(
                    "REGISTRY", u.id.toString(), u.creditCode, null, u.name, u.address, u.gridCode, u.industryCode,
                    null, null));
        }
        return u;
    }

    public StatisticalUnit get(UUID id) {
        StatisticalUnit u = Records.existing(StatisticalUnit.class, id, "Unit");
        return u;
    }

    public PageResponse<UnitViews.UnitView> list(UnitCategory category, RegistrationStatus status, PageParams paging) {
        Where where = Where.of().and("category = :category", "category", category)
                .and("status = :status", "status", status);
        return Pages.of(StatisticalUnit.find(where.query(), Sort.by("name").and("id"), where.parameters()), paging,
                UnitViews.UnitView::of);
    }

    /**
     * Moves a unit to {@code to} by the pipeline's one step toward it (409 naming the current status and the
     * allowed steps when the pipeline forbids it), stamping the status's date, by default today.
     */
    public StatisticalUnit changeStatus(UUID id, RegistrationStatus to, LocalDate date, String ifMatch, Actor actor) {
        return steps.take(RegistrationPipeline.LIFECYCLE, StatisticalUnit.class, id, ifMatch,
                RegistrationStep.toward(to), actor, (u, step) -> {
                    LocalDate on = date == null ? time.dateOf(step.at()) : date;
                    u.stamp(to, on);
                    step.note(to + " on " + on);
                });
    }

    /** The unit's steps through the pipeline, its registration first. */
    public List<StepEntry> history(UUID id) {
        get(id);
        return steps.history(RegistrationPipeline.LIFECYCLE, id);
    }

    @Transactional
    public StatisticalUnit setRevenue(UUID id, int year, BigDecimal revenue, String ifMatch) {
        StatisticalUnit u = get(id);
        ETags.require(ifMatch, u.version);
        BigDecimal old = u.revenues.get(year);
        if (old == null || old.compareTo(revenue) != 0) {
            u.revenues.put(year, revenue); // a collection change bumps the owner's version
        }
        em.flush();
        return u;
    }

    public EligibilityView check(UUID id, int year) {
        StatisticalUnit u = get(id);
        Eligibility.Result r = eligibility().check(u.industryCode, year, u.revenues.get(year),
                u.constructionQualification);
        return new EligibilityView(u.id, year, r.eligible(), r.category(), ThresholdView.of(r.threshold()),
                r.explanation());
    }

    public SummaryView summary(int year) {
        Map<UnitCategory, Long> byCategory = new EnumMap<>(UnitCategory.class);
        for (UnitCategory c : UnitCategory.values()) {
            byCategory.put(c, 0L);
        }
        Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            byStatus.put(s, 0L);
        }
        for (Object[] row : em.createQuery("select u.category, count(u) from StatisticalUnit u where u.status = :s "
                        + "group by u.category", Object[].class)
                .setParameter("s", RegistrationStatus.IN_LIBRARY).getResultList()) {
            byCategory.put((UnitCategory) row[0], (Long) row[1]);
        }
        for (Object[] row : em.createQuery("select u.status, count(u) from StatisticalUnit u group by u.status",
                Object[].class).getResultList()) {
            byStatus.put((RegistrationStatus) row[0], (Long) row[1]);
        }
        long trade = byCategory.get(UnitCategory.ABOVE_QUOTA_WHOLESALE) + byCategory.get(UnitCategory.ABOVE_QUOTA_RETAIL)
                + byCategory.get(UnitCategory.ABOVE_QUOTA_ACCOMMODATION) + byCategory.get(UnitCategory.ABOVE_QUOTA_CATERING);
        List<String> newCodes = em.createQuery("select u.creditCode from StatisticalUnit u where u.inLibraryOn "
                        + "between :from and :to", String.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        long individuals = newCodes.stream().filter(UnifiedSocialCreditCode::isIndividualBusiness).count();
        return new SummaryView(byStatus.get(RegistrationStatus.IN_LIBRARY), byCategory, trade, byStatus, year,
                newCodes.size(), newCodes.size() - individuals, individuals);
    }
}

package cn.jiedao.economy.investment;

import cn.jiedao.economy.indicator.IndicatorService;
import cn.jiedao.economy.indicator.Percentages;
import cn.jiedao.economy.indicator.ValueBasis;
import cn.jiedao.economy.investment.InvestmentViews.ProjectInput;
import cn.jiedao.economy.investment.InvestmentViews.SummaryView;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class InvestmentService {

    static final String INDICATOR = "FIXED_ASSET_INVESTMENT_DECLARED";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Inject
    EntityManager em;

    @Inject
    IndicatorService indicators;

    @Inject
    StreetTime time;

    @Transactional
    public InvestmentProject register(ProjectInput request, String user) {
        InvestmentProject p = new InvestmentProject();
        p.id = UUID.randomUUID();
        apply(p, request);
        p.registeredAt = time.now();
        p.registeredBy = user;
        p.persist();
        return p;
    }

    @Transactional
    public InvestmentProject update(UUID id, ProjectInput request, String ifMatch) {
        InvestmentProject p = get(id);
        ETags.require(ifMatch, p.version);
        apply(p, request);
        em.flush();
        return p;
    }

    private static void apply(InvestmentProject p, ProjectInput request) {
        p.name = request.name().strip();
        p.totalInvestment = request.totalInvestment();
        p.startDate = request.startDate();
        p.status = request.status() == null ? ProjectStatus.PLANNED : request.status();
    }

    public InvestmentProject get(UUID id) {
        InvestmentProject p = Records.existing(InvestmentProject.class, id, "Investment project");
        return p;
    }

    public PageResponse<InvestmentViews.ProjectView> list(PageParams paging) {
        return Pages.of(InvestmentProject.findAll(Sort.by("startDate").and("id")), paging,
                InvestmentViews.ProjectView::of);
    }

    /**
     * Records a project's declared investment for a month and feeds the month's total over all projects into
     * FIXED_ASSET_INVESTMENT_DECLARED (亿元, month basis), in the same transaction; a change is kept in the
     * indicator's correction history.
     */
    @Transactional
    public InvestmentProject declare(UUID id, int year, int month, BigDecimal amount, String ifMatch, String user) {
        InvestmentProject p = get(id);
        ETags.require(ifMatch, p.version);
        p.declarations.removeIf(d -> d.year == year && d.month == month);
        p.declarations.add(new InvestmentProject.Declaration(year, month, amount));
        em.flush();
        BigDecimal total = (BigDecimal) em.createNativeQuery("select coalesce(sum(amount), 0) from investment_declaration "
                + "where year = ?1 and month = ?2").setParameter(1, year).setParameter(2, month).getSingleResult();
        indicators.feed(INDICATOR, year, month, total.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP), ValueBasis.MONTH,
                user);
        return p;
    }

    public SummaryView summary(int year, int throughMonth) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(total_investment), 0) "
                        + "from investment_project where start_date between ?1 and ?2")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .getSingleResult();
        BigDecimal declared = (BigDecimal) em.createNativeQuery("select coalesce(sum(amount), 0) "
                        + "from investment_declaration where year = ?1 and month <= ?2")
                .setParameter(1, year).setParameter(2, throughMonth).getSingleResult();
        return new SummaryView(year, ((Number) r[0]).longValue(), Percentages.plain((BigDecimal) r[1]),
                Percentages.plain(declared), throughMonth);
    }
}

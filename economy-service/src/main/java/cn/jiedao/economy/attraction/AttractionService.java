package cn.jiedao.economy.attraction;

import cn.jiedao.economy.attraction.AttractionViews.CeremonyInput;
import cn.jiedao.economy.attraction.AttractionViews.CeremonyView;
import cn.jiedao.economy.attraction.AttractionViews.DomesticInput;
import cn.jiedao.economy.attraction.AttractionViews.DomesticView;
import cn.jiedao.economy.attraction.AttractionViews.SignedProjectInput;
import cn.jiedao.economy.attraction.AttractionViews.SignedProjectView;
import cn.jiedao.economy.attraction.AttractionViews.SummaryView;
import cn.jiedao.economy.indicator.Percentages;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class AttractionService {

    @Inject
    EntityManager em;

    @Transactional
    public SigningCeremony addCeremony(CeremonyInput r) {
        SigningCeremony c = new SigningCeremony();
        c.id = UUID.randomUUID();
        c.heldOn = r.heldOn();
        c.venue = r.venue().strip();
        c.kind = r.kind();
        c.title = r.title();
        c.persist();
        return c;
    }

    @Transactional
    public SignedProject addSignedProject(SignedProjectInput r) {
        if (r.ceremonyId() != null && SigningCeremony.findById(r.ceremonyId()) == null) {
            throw ProblemException.badRequest("ceremonyId", "no signing ceremony " + r.ceremonyId());
        }
        SignedProject p = new SignedProject();
        p.id = UUID.randomUUID();
        p.ceremonyId = r.ceremonyId();
        p.name = r.name().strip();
        p.investor = r.investor().strip();
        p.creditCode = r.creditCode();
        p.registeredCapital = r.registeredCapital();
        p.industryCode = r.industryCode();
        p.signedOn = r.signedOn();
        p.persist();
        return p;
    }

    @Transactional
    public DomesticCapitalProject addDomestic(DomesticInput r) {
        DomesticCapitalProject p = new DomesticCapitalProject();
        p.id = UUID.randomUUID();
        p.name = r.name().strip();
        p.investor = r.investor().strip();
        p.totalInvestment = r.totalInvestment();
        p.industryCode = r.industryCode();
        p.signedOn = r.signedOn();
        p.persist();
        return p;
    }

    public PageResponse<CeremonyView> ceremonies(PageParams paging) {
        return Pages.of(SigningCeremony.findAll(Sort.by("heldOn").and("id")), paging, CeremonyView::of);
    }

    public PageResponse<SignedProjectView> signedProjects(PageParams paging) {
        return Pages.of(SignedProject.findAll(Sort.by("signedOn").and("id")), paging, SignedProjectView::of);
    }

    public PageResponse<DomesticView> domesticProjects(PageParams paging) {
        return Pages.of(DomesticCapitalProject.findAll(Sort.by("signedOn").and("id")), paging, DomesticView::of);
    }

    public SummaryView summary(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long ceremonies = SigningCeremony.count("heldOn between ?1 and ?2", from, to);
        Object[] signed = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(registered_capital), 0) "
                + "from signed_project where signed_on between ?1 and ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        Object[] domestic = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(total_investment), 0) "
                + "from domestic_capital_project where signed_on between ?1 and ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        return new SummaryView(year, ceremonies, ((Number) signed[0]).longValue(),
                Percentages.plain((BigDecimal) signed[1]), ((Number) domestic[0]).longValue(),
                Percentages.plain((BigDecimal) domestic[1]));
    }
}

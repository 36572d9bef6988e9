package cn.jiedao.safety.site;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.Problem.FieldError;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.safety.GridScope;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.site.SiteViews.ImportResult;
import cn.jiedao.safety.site.SiteViews.RegisterSite;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The site register: one site per credit code, venue details where the kind needs them. */
@ApplicationScoped
public class SiteService {

    @Inject
    StreetTime time;

    @Transactional
    public Site register(RegisterSite request) {
        List<FieldError> problems = VenueRules.check(request, "");
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (request.creditCode() != null && Site.count("creditCode", request.creditCode()) > 0) {
            throw ProblemException.conflict("A site with credit code " + request.creditCode() + " is registered");
        }
        Site site = new Site();
        site.id = UUID.randomUUID();
        site.createdAt = time.now();
        copy(request, site);
        site.persist();
        return site;
    }

    @Transactional
    public Site replace(UUID id, String ifMatch, RegisterSite request) {
        Site site = find(id);
        ETags.require(ifMatch, site.version);
        List<FieldError> problems = VenueRules.check(request, "");
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (request.creditCode() != null
                && Site.count("creditCode = ?1 and id <> ?2", request.creditCode(), id) > 0) {
            throw ProblemException.conflict("Another site has credit code " + request.creditCode());
        }
        copy(request, site);
        Site.getEntityManager().flush();
        return site;
    }

    public Site find(UUID id) {
        Site site = Records.existing(Site.class, id, "Site");
        return site;
    }

    /** A grid worker reads the sites of their grids only; a site of another grid is 403. */
    public Site find(UUID id, Actor actor) {
        Site site = find(id);
        GridScope.require(actor, site.gridCode);
        return site;
    }

    public PageResponse<Site> list(SiteKind kind, Boolean venue, String gridCode, String name, PageParams paging,
            Actor actor) {
        Where where = filter(kind, venue, gridCode, name)
                .andIf(actor.worksOnlyIn(), "gridCode in :grids", java.util.Map.of("grids", actor.grids()));
        return Pages.of(Site.<Site>find(where.query(), Sort.by("name").and("id"), where.parameters()), paging);
    }

    public List<Site> all(SiteKind kind, Boolean venue, String gridCode) {
        Where where = filter(kind, venue, gridCode, null);
        return Site.list(where.query(), Sort.by("name").and("id"), where.parameters());
    }

    /**
     * Stores every row of an import, or none: a row with a credit code already registered replaces that site,
     * the others are new. Any row that is not valid refuses the whole file, naming each row and field.
     */
    @Transactional
    public ImportResult load(List<SiteCsv.Row> rows) {
        List<FieldError> problems = new ArrayList<>();
        rows.forEach(row -> problems.addAll(row.problems()));
        rows.stream().filter(row -> row.problems().isEmpty())
                .forEach(row -> problems.addAll(VenueRules.check(row.site(), "rows[" + row.number() + "].")));
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        int created = 0;
        int updated = 0;
        for (SiteCsv.Row row : rows) {
            Site existing = row.site().creditCode() == null ? null
                    : Site.<Site>find("creditCode", row.site().creditCode()).firstResult();
            if (existing == null) {
                Site site = new Site();
                site.id = UUID.randomUUID();
                site.createdAt = time.now();
                copy(row.site(), site);
                site.persist();
                created++;
            } else {
                copy(row.site(), existing);
                updated++;
            }
        }
        return new ImportResult(created, updated);
    }

    private static Where filter(SiteKind kind, Boolean venue, String gridCode, String name) {
        return Where.of().and("kind = :kind", "kind", kind)
                .andIf(Boolean.TRUE.equals(venue), "kind in :venues",
                        java.util.Map.of("venues", List.of(SiteKind.INTERNET_CAFE, SiteKind.ENTERTAINMENT_VENUE)))
                .andIf(Boolean.FALSE.equals(venue), "kind not in :venues",
                        java.util.Map.of("venues", List.of(SiteKind.INTERNET_CAFE, SiteKind.ENTERTAINMENT_VENUE)))
                .and("gridCode = :grid", "grid", gridCode)
                .and("lower(name) like :name", "name", name == null ? null : "%" + name.toLowerCase() + "%");
    }

    private static ProblemException invalid(List<FieldError> problems) {
        return new ProblemException(400, "validation", "Request is not valid",
                problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).reason()
                        : problems.size() + " fields are not valid", problems);
    }

    private static void copy(RegisterSite r, Site s) {
        s.kind = r.kind();
        s.name = r.name();
        s.address = r.address();
        s.gridCode = r.gridCode();
        s.creditCode = r.creditCode();
        s.ownerName = r.ownerName();
        s.responsiblePerson = r.responsiblePerson();
        s.responsiblePhone = r.responsiblePhone();
        s.licenceNo = r.licenceNo();
        s.licenceValidUntil = r.licenceValidUntil();
        s.terminals = r.terminals();
        s.capacity = r.capacity();
        s.fireApprovalNo = r.fireApprovalNo();
        s.gasRoster = r.onGasRoster();
    }
}

package cn.jiedao.safety.inspection;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.problem.Problem.FieldError;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.GridScope;
import cn.jiedao.safety.hazard.Hazard;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.hazard.HazardService;
import cn.jiedao.safety.hazard.HazardStatus;
import cn.jiedao.safety.hazard.HazardViews.Finding;
import cn.jiedao.safety.hazard.HazardViews.HazardView;
import cn.jiedao.safety.inspection.InspectionViews.InspectionView;
import cn.jiedao.safety.inspection.InspectionViews.PlanRound;
import cn.jiedao.safety.inspection.InspectionViews.Progress;
import cn.jiedao.safety.inspection.InspectionViews.RecordInspection;
import cn.jiedao.safety.inspection.InspectionViews.RoundView;
import cn.jiedao.safety.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Inspections with their findings, and the 专项检查 rounds they belong to. */
@ApplicationScoped
public class InspectionService {

    @Inject
    HazardService hazards;

    @Inject
    StreetTime time;

    /** The inspection and a hazard for each finding, in one transaction. */
    @Transactional
    public InspectionView record(RecordInspection request, Actor actor) {
        Site site = Site.findById(request.siteId());
        if (site == null) {
            throw ProblemException.badRequest("siteId", "no site " + request.siteId() + " is registered");
        }
        GridScope.require(actor, site.gridCode);
        List<Finding> findings = request.findings() == null ? List.of() : request.findings();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!request.domains().contains(findings.get(i).domain())) {
                problems.add(new FieldError("findings[" + i + "].domain",
                        "must be one of the domains checked " + request.domains()));
            }
        }
        if (request.roundId() != null) {
            InspectionRound round = InspectionRound.findById(request.roundId());
            if (round == null) {
                problems.add(new FieldError("roundId", "no inspection round " + request.roundId()));
            } else {
                if (!round.siteIds.contains(site.id)) {
                    problems.add(new FieldError("roundId", "the site is not on the roster of " + round.name));
                }
                if (!request.domains().contains(round.domain)) {
                    problems.add(new FieldError("domains", "must include the round's domain " + round.domain));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid",
                    problems.size() + " fields are not valid", problems);
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.siteId = site.id;
        inspection.roundId = request.roundId();
        inspection.inspectedOn = request.inspectedOn();
        inspection.domains = request.domains().stream().sorted().map(Enum::name).toArray(String[]::new);
        inspection.inspectors = request.inspectors().toArray(String[]::new);
        inspection.note = request.note();
        inspection.recordedBy = actor.name();
        inspection.recordedAt = time.now();
        inspection.persist();
        LocalDate today = time.today();
        List<HazardView> found = findings.stream()
                .map(f -> hazards.find(f, HazardService.FoundBy.inspection(inspection.id), site, request.inspectedOn(), actor))
                .map(h -> HazardView.of(h, today, null)).toList();
        return InspectionView.of(inspection, found);
    }

    public InspectionView get(UUID id) {
        Inspection inspection = Records.existing(Inspection.class, id, "Inspection");
        LocalDate today = time.today();
        return InspectionView.of(inspection, Hazard.<Hazard>list("inspectionId", Sort.by("id"), id).stream()
                .map(h -> HazardView.of(h, today, null)).toList());
    }

    public PageResponse<InspectionView> list(UUID siteId, UUID roundId, LocalDate from, LocalDate to,
            PageParams paging) {
        Where where = Where.of().and("siteId = :site", "site", siteId).and("roundId = :round", "round", roundId)
                .within("inspectedOn", from, to);
        return Pages.of(Inspection.<Inspection>find(where.query(), Sort.descending("inspectedOn").and("id"), where.parameters()),
                paging, i -> InspectionView.of(i, null));
    }

    @Transactional
    public RoundView plan(PlanRound request, Actor actor) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn " + request.startsOn());
        }
        InspectionRound round = new InspectionRound();
        round.id = UUID.randomUUID();
        round.name = request.name();
        round.domain = request.domain();
        round.startsOn = request.startsOn();
        round.endsOn = request.endsOn();
        round.createdBy = actor.name();
        round.createdAt = time.now();
        round.siteIds.addAll(existing(request.siteIds() == null ? Set.of() : request.siteIds()));
        round.persist();
        return view(round);
    }

    @Transactional
    public RoundView addSites(UUID id, String ifMatch, Set<UUID> siteIds) {
        InspectionRound round = round(id);
        ETags.require(ifMatch, round.version);
        round.siteIds.addAll(existing(siteIds));
        // The roster is the round's own collection: changing it bumps the round's version at this flush (and a
        // concurrent change of the same version fails there, 412). A forced increment on top of it bumped the
        // version once more at commit, so the ETag answered was already stale.
        Inspection.getEntityManager().flush();
        return view(round);
    }

    public InspectionRound round(UUID id) {
        InspectionRound round = Records.existing(InspectionRound.class, id, "Inspection round");
        return round;
    }

    public PageResponse<RoundView> rounds(HazardDomain domain, Integer year, PageParams paging) {
        Where where = Where.of().and("domain = :domain", "domain", domain)
                .and("year(startsOn) = :year", "year", year);
        return Pages.of(InspectionRound.<InspectionRound>find(where.query(), Sort.descending("startsOn").and("id"),
                where.parameters()), paging, this::view);
    }

    public RoundView view(InspectionRound round) {
        long inspected = round.siteIds.isEmpty() ? 0 : (long) Inspection.getEntityManager()
                .createQuery("select count(distinct i.siteId) from Inspection i where i.roundId = :round "
                        + "and i.siteId in :sites", Long.class)
                .setParameter("round", round.id).setParameter("sites", round.siteIds).getSingleResult();
        String inRound = "inspectionId in (select i.id from Inspection i where i.roundId = ?1)";
        long found = Hazard.count(inRound, round.id);
        long closed = Hazard.count(inRound + " and status in ?2", round.id,
                List.of(HazardStatus.CLOSED_FIXED, HazardStatus.CLOSED_UNFIXED));
        int sites = round.siteIds.size();
        BigDecimal percent = Ratios.percent(inspected, sites, 1);
        return new RoundView(round.id, round.name, round.domain, round.startsOn, round.endsOn,
                round.siteIds.stream().sorted().toList(), new Progress(sites, inspected, percent, found, closed,
                        found - closed), round.createdBy, round.createdAt, round.version);
    }

    private static Set<UUID> existing(Set<UUID> siteIds) {
        if (siteIds.isEmpty()) {
            return siteIds;
        }
        List<UUID> known = Site.getEntityManager().createQuery("select s.id from Site s where s.id in :ids", UUID.class)
                .setParameter("ids", siteIds).getResultList();
        List<UUID> unknown = siteIds.stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("siteIds", "no sites " + unknown + " are registered");
        }
        return siteIds;
    }
}

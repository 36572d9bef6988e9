package cn.jiedao.safety.drill;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.drill.DrillViews.DrillView;
import cn.jiedao.safety.drill.DrillViews.RecordDrill;
import cn.jiedao.safety.hazard.Hazard;
import cn.jiedao.safety.hazard.HazardService;
import cn.jiedao.safety.hazard.HazardService.FoundBy;
import cn.jiedao.safety.hazard.HazardViews.HazardView;
import cn.jiedao.safety.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DrillService {

    @Inject
    HazardService hazards;

    @Inject
    StreetTime time;

    /** The drill and a hazard for each finding at its site, in one transaction. */
    @Transactional
    public DrillView record(RecordDrill request, Actor actor) {
        Site site = null;
        if (request.siteId() != null) {
            site = Site.findById(request.siteId());
            if (site == null) {
                throw ProblemException.badRequest("siteId", "no site " + request.siteId() + " is registered");
            }
        } else if (request.place() == null || request.place().isBlank()) {
            throw ProblemException.badRequest("place", "required when the drill was not held at a registered site");
        }
        var findings = request.findings() == null ? List.<cn.jiedao.safety.hazard.HazardViews.Finding>of()
                : request.findings();
        if (!findings.isEmpty() && site == null) {
            throw ProblemException.badRequest("siteId", "a finding opens a hazard at a site: name the drill's site");
        }
        Drill drill = new Drill();
        drill.id = UUID.randomUUID();
        drill.heldOn = request.heldOn();
        drill.kind = request.kind();
        drill.siteId = request.siteId();
        drill.place = request.place();
        drill.organiser = request.organiser();
        drill.participants = request.participants();
        drill.scenario = request.scenario();
        drill.findingsNote = request.findingsNote();
        drill.recordedBy = actor.name();
        drill.recordedAt = time.now();
        drill.persist();
        Site at = site;
        LocalDate today = time.today();
        List<HazardView> found = findings.stream()
                .map(f -> hazards.find(f, FoundBy.drill(drill.id), at, request.heldOn(), actor))
                .map(h -> HazardView.of(h, today, null)).toList();
        return DrillView.of(drill, found);
    }

    public DrillView get(UUID id) {
        Drill drill = Records.existing(Drill.class, id, "Drill");
        LocalDate today = time.today();
        return DrillView.of(drill, Hazard.<Hazard>list("drillId", Sort.by("id"), id).stream()
                .map(h -> HazardView.of(h, today, null)).toList());
    }

    public PageResponse<DrillView> list(DrillKind kind, UUID siteId, LocalDate from, LocalDate to, PageParams paging) {
        Where where = Where.of().and("kind = :kind", "kind", kind).and("siteId = :site", "site", siteId)
                .within("heldOn", from, to);
        return Pages.of(Drill.<Drill>find(where.query(), Sort.descending("heldOn").and("id"), where.parameters()),
                paging, d -> DrillView.of(d, null));
    }
}

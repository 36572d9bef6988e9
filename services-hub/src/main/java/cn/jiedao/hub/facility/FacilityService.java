package cn.jiedao.hub.facility;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.directory.Community;
import cn.jiedao.hub.directory.ResidentialCompound;
import cn.jiedao.hub.facility.FacilityViews.RecordWork;
import cn.jiedao.hub.facility.FacilityViews.RegisterFacility;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Facilities per compound and the works that answer residents' requests. */
@ApplicationScoped
public class FacilityService {

    @Inject
    StreetTime time;

    @Transactional
    public Facility register(RegisterFacility request) {
        Facility f = new Facility();
        f.id = UUID.randomUUID();
        f.createdAt = time.now();
        copy(request, f);
        f.persist();
        return f;
    }

    @Transactional
    public Facility replace(UUID id, String ifMatch, RegisterFacility request) {
        Facility f = find(id);
        ETags.require(ifMatch, f.version);
        copy(request, f);
        Facility.getEntityManager().flush();
        return f;
    }

    private static void copy(RegisterFacility r, Facility f) {
        if (ResidentialCompound.findById(r.compoundId()) == null) {
            throw ProblemException.badRequest("compoundId", "no compound has the id " + r.compoundId());
        }
        if (r.installedOn() == null && r.status() != FacilityStatus.UNDER_CONSTRUCTION) {
            throw ProblemException.badRequest("installedOn", "is required unless the facility is being built");
        }
        f.type = r.type();
        f.name = r.name();
        f.compoundId = r.compoundId();
        f.status = r.status();
        f.installedOn = r.installedOn();
        f.capacity = r.capacity();
    }

    public Facility find(UUID id) {
        Facility f = Records.existing(Facility.class, id, "Facility");
        return f;
    }

    public PageResponse<Facility> list(FacilityType type, FacilityStatus status, UUID compoundId, PageParams paging) {
        Where where = Where.of().and("type = :type", "type", type).and("status = :status", "status", status)
                .and("compoundId = :compound", "compound", compoundId);
        return Pages.of(Facility.<Facility>find(where.query(), Sort.by("name").and("id"), where.parameters()), paging);
    }

    @Transactional
    public CommunityWork record(RecordWork request, Actor actor) {
        if (Community.findById(request.communityCode()) == null) {
            throw ProblemException.badRequest("communityCode", "no community has the code " + request.communityCode());
        }
        if (request.compoundId() != null && ResidentialCompound.findById(request.compoundId()) == null) {
            throw ProblemException.badRequest("compoundId", "no compound has the id " + request.compoundId());
        }
        CommunityWork w = new CommunityWork();
        w.id = UUID.randomUUID();
        w.kind = request.kind();
        w.description = request.description();
        w.communityCode = request.communityCode();
        w.compoundId = request.compoundId();
        w.requestCaseNo = request.requestCaseNo();
        w.completedOn = request.completedOn();
        w.createdBy = actor.name();
        w.createdAt = time.now();
        w.persist();
        return w;
    }

    public PageResponse<CommunityWork> works(WorkKind kind, String communityCode, String requestCaseNo,
            PageParams paging) {
        Where where = Where.of().and("kind = :kind", "kind", kind)
                .and("communityCode = :community", "community", communityCode)
                .and("requestCaseNo = :caseNo", "caseNo", requestCaseNo);
        return Pages.of(CommunityWork.<CommunityWork>find(where.query(),
                Sort.by("completedOn", Sort.Direction.Descending).and("id"), where.parameters()), paging);
    }
}

package cn.jiedao.hub.newemployment;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.directory.Community;
import cn.jiedao.hub.newemployment.StationViews.MonthVisits;
import cn.jiedao.hub.newemployment.StationViews.RecordVisit;
import cn.jiedao.hub.newemployment.StationViews.RegisterStation;
import cn.jiedao.hub.newemployment.StationViews.VisitsView;
import cn.jiedao.hub.servicepoint.ServicePoint;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stations serving new-employment workers and the visits they count. */
@ApplicationScoped
public class StationService {

    @Inject
    StreetTime time;

    @Transactional
    public NewEmploymentStation register(RegisterStation request) {
        if (request.communityCode() != null && Community.findById(request.communityCode()) == null) {
            throw ProblemException.badRequest("communityCode", "no community has the code " + request.communityCode());
        }
        if (request.servicePointId() != null && ServicePoint.findById(request.servicePointId()) == null) {
            throw ProblemException.badRequest("servicePointId", "no service point has the id " + request.servicePointId());
        }
        NewEmploymentStation s = new NewEmploymentStation();
        s.id = UUID.randomUUID();
        s.name = request.name();
        s.communityCode = request.communityCode();
        s.address = request.address();
        s.servicePointId = request.servicePointId();
        s.services = request.services() == null ? List.of() : List.copyOf(request.services());
        s.createdAt = time.now();
        s.persist();
        return s;
    }

    public NewEmploymentStation find(UUID id) {
        NewEmploymentStation s = Records.existing(NewEmploymentStation.class, id, "New-employment station");
        return s;
    }

    public PageResponse<NewEmploymentStation> list(String communityCode, PageParams paging) {
        Where where = Where.of().and("communityCode = :community", "community", communityCode);
        return Pages.of(NewEmploymentStation.<NewEmploymentStation>find(where.query(), Sort.by("name").and("id"),
                where.parameters()), paging);
    }

    @Transactional
    public StationVisit record(UUID stationId, RecordVisit request, Actor actor) {
        find(stationId);
        if (request.date().isAfter(time.today())) {
            throw ProblemException.badRequest("date", "must not be in the future");
        }
        StationVisit v = new StationVisit();
        v.id = UUID.randomUUID();
        v.stationId = stationId;
        v.visitedOn = request.date();
        v.workerKind = request.workerKind();
        v.visitors = request.visitors() == null ? 1 : request.visitors();
        v.recordedBy = actor.name();
        v.createdAt = time.now();
        v.persist();
        return v;
    }

    /** The station's visitors month by month of a year (every month, 0 where none came). */
    public VisitsView visits(UUID stationId, int year) {
        find(stationId);
        List<StationVisit> visits = StationVisit.list("stationId = ?1 and visitedOn >= ?2 and visitedOn <= ?3",
                stationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<MonthVisits> months = new ArrayList<>();
        long all = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            Map<WorkerKind, Long> byKind = new EnumMap<>(WorkerKind.class);
            long total = 0;
            for (StationVisit v : visits) {
                if (YearMonth.from(v.visitedOn).equals(month)) {
                    byKind.merge(v.workerKind, (long) v.visitors, Long::sum);
                    total += v.visitors;
                }
            }
            months.add(new MonthVisits(month.toString(), total, byKind));
            all += total;
        }
        return new VisitsView(stationId, year, all, months);
    }
}

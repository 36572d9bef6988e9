package cn.jiedao.hub.servicepoint;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.directory.Community;
import cn.jiedao.hub.servicepoint.RosterGaps.Duty;
import cn.jiedao.hub.servicepoint.ServicePointViews.OnDutyView;
import cn.jiedao.hub.servicepoint.ServicePointViews.RecordShift;
import cn.jiedao.hub.servicepoint.ServicePointViews.RegisterServicePoint;
import cn.jiedao.hub.servicepoint.ServicePointViews.RosterGapsView;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Service points, their opening hours and their duty rosters. */
@ApplicationScoped
public class ServicePointService {

    @Inject
    StreetTime time;

    @Transactional
    public ServicePoint register(RegisterServicePoint request) {
        ServicePoint p = new ServicePoint();
        p.id = UUID.randomUUID();
        p.createdAt = time.now();
        copy(request, p);
        p.persist();
        return p;
    }

    @Transactional
    public ServicePoint replace(UUID id, String ifMatch, RegisterServicePoint request) {
        ServicePoint p = find(id);
        ETags.require(ifMatch, p.version);
        copy(request, p);
        ServicePoint.getEntityManager().flush();
        return p;
    }

    private static void copy(RegisterServicePoint r, ServicePoint p) {
        if (r.communityCode() != null && Community.findById(r.communityCode()) == null) {
            throw ProblemException.badRequest("communityCode", "no community has the code " + r.communityCode());
        }
        for (int i = 0; i < r.openingHours().size(); i++) {
            OpeningInterval o = r.openingHours().get(i);
            if (!o.closes().isAfter(o.opens())) {
                throw ProblemException.badRequest("openingHours[" + i + "].closes", "must be after opens");
            }
        }
        p.type = r.type();
        p.name = r.name();
        p.communityCode = r.communityCode();
        p.address = r.address();
        p.latitude = r.latitude();
        p.longitude = r.longitude();
        p.openingHours = List.copyOf(r.openingHours());
        p.services = r.services() == null ? List.of() : List.copyOf(r.services());
        p.staffRequired = r.staffRequired() == null ? 1 : r.staffRequired();
    }

    public ServicePoint find(UUID id) {
        ServicePoint p = Records.existing(ServicePoint.class, id, "Service point");
        return p;
    }

    public PageResponse<ServicePoint> list(ServicePointType type, String communityCode, PageParams paging) {
        Where where = Where.of().and("type = :type", "type", type)
                .and("communityCode = :community", "community", communityCode);
        return Pages.of(ServicePoint.<ServicePoint>find(where.query(), Sort.by("name").and("id"), where.parameters()),
                paging);
    }

    @Transactional
    public Shift record(UUID servicePointId, RecordShift request, Actor actor) {
        find(servicePointId);
        if (!request.to().isAfter(request.from())) {
            throw ProblemException.badRequest("to", "must be after from");
        }
        Shift s = new Shift();
        s.id = UUID.randomUUID();
        s.servicePointId = servicePointId;
        s.day = request.date();
        s.startsAt = request.from();
        s.endsAt = request.to();
        s.staff = List.copyOf(request.staff());
        s.createdBy = actor.name();
        s.createdAt = time.now();
        s.persist();
        return s;
    }

    public List<Shift> shifts(UUID servicePointId, LocalDate from, LocalDate to) {
        find(servicePointId);
        return Shift.list("servicePointId = ?1 and day >= ?2 and day <= ?3", Sort.by("day").and("startsAt"),
                servicePointId, from, to);
    }

    public RosterGapsView gaps(UUID servicePointId, String month) {
        YearMonth m = parseMonth(month);
        ServicePoint p = find(servicePointId);
        List<Duty> duties = duties(servicePointId, m.atDay(1), m.atEndOfMonth());
        List<RosterGaps.Gap> gaps = RosterGaps.of(m, p.openingHours, p.staffRequired, duties);
        return new RosterGapsView(p.id, m, p.staffRequired, gaps.isEmpty(), gaps);
    }

    public OnDutyView onDuty(UUID servicePointId, String at) {
        ServicePoint p = find(servicePointId);
        OffsetDateTime moment;
        try {
            moment = at == null ? time.now() : OffsetDateTime.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("at", "must be a date and time with its offset, e.g. 2023-10-01T09:00:00+08:00");
        }
        ZonedDateTime local = moment.atZoneSameInstant(time.zone());
        LocalDate day = local.toLocalDate();
        LocalTime clock = local.toLocalTime();
        boolean open = p.openingHours.stream().anyMatch(o -> o.dayOfWeek() == day.getDayOfWeek()
                && !o.opens().isAfter(clock) && o.closes().isAfter(clock));
        List<String> staff = new ArrayList<>(RosterGaps.onDuty(day, clock, duties(servicePointId, day, day)));
        return new OnDutyView(p.id, local.toOffsetDateTime(), open, p.staffRequired, staff);
    }

    private static List<Duty> duties(UUID servicePointId, LocalDate from, LocalDate to) {
        return Shift.<Shift>list("servicePointId = ?1 and day >= ?2 and day <= ?3", servicePointId, from, to)
                .stream().map(s -> new Duty(s.day, s.startsAt, s.endsAt, s.staff)).toList();
    }

    static YearMonth parseMonth(String month) {
        if (month == null) {
            throw ProblemException.badRequest("month", "must be given as YYYY-MM");
        }
        try {
            YearMonth m = YearMonth.parse(month);
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw ProblemException.badRequest("month", "must be a month of 2000 to 2100");
            }
            return m;
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("month", "must be a month as YYYY-MM");
        }
    }
}

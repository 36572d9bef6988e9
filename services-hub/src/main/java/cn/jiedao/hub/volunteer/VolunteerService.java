package cn.jiedao.hub.volunteer;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.volunteer.VolunteerViews.ActivityView;
import cn.jiedao.hub.volunteer.VolunteerViews.Hours;
import cn.jiedao.hub.volunteer.VolunteerViews.RecordActivity;
import cn.jiedao.hub.volunteer.VolunteerViews.RegisterTeam;
import cn.jiedao.hub.volunteer.VolunteerViews.RegisterVolunteer;
import cn.jiedao.hub.volunteer.VolunteerViews.ServedHours;
import cn.jiedao.hub.volunteer.VolunteerViews.TeamHours;
import cn.jiedao.hub.volunteer.VolunteerViews.TeamView;
import cn.jiedao.hub.volunteer.VolunteerViews.VolunteerHours;
import cn.jiedao.hub.volunteer.VolunteerViews.VolunteerView;
import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Volunteer teams, their volunteers and activities. An activity naming a dispute's case number is published on
 * {@code hub.volunteer-events} through the outbox in the transaction that records it.
 */
@ApplicationScoped
public class VolunteerService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    StreetTime time;

    @Transactional
    public VolunteerTeam registerTeam(RegisterTeam request) {
        if (VolunteerTeam.count("name", request.name()) > 0) {
            throw ProblemException.conflict("A volunteer team named " + request.name() + " is registered already")
                    .with("field", "name");
        }
        VolunteerTeam t = new VolunteerTeam();
        t.id = UUID.randomUUID();
        t.name = request.name();
        t.communityCode = request.communityCode();
        t.leaderName = request.leaderName();
        t.foundedOn = request.foundedOn();
        t.createdAt = time.now();
        t.persist();
        return t;
    }

    public VolunteerTeam team(UUID id) {
        VolunteerTeam t = Records.existing(VolunteerTeam.class, id, "VolunteerTeam");
        return t;
    }

    public TeamView view(VolunteerTeam t) {
        return TeamView.of(t, Volunteer.count("teamId", t.id));
    }

    public PageResponse<TeamView> teams(String communityCode, PageParams paging) {
        Where where = Where.of().and("communityCode = :community", "community", communityCode);
        PageResponse<VolunteerTeam> page = Pages.of(VolunteerTeam.<VolunteerTeam>find(where.query(),
                Sort.by("name").and("id"), where.parameters()), paging);
        Map<UUID, Long> members = new java.util.HashMap<>();
        if (!page.items().isEmpty()) {
            em.createQuery("select v.teamId, count(v) from Volunteer v where v.teamId in :teams group by v.teamId",
                    Object[].class).setParameter("teams", page.items().stream().map(t -> t.id).toList())
                    .getResultList().forEach(row -> members.put((UUID) row[0], (Long) row[1]));
        }
        return new PageResponse<>(page.items().stream().map(t -> TeamView.of(t, members.getOrDefault(t.id, 0L)))
                .toList(), page.page(), page.size(), page.total());
    }

    @Transactional
    public Volunteer registerVolunteer(RegisterVolunteer request) {
        if (VolunteerTeam.findById(request.teamId()) == null) {
            throw ProblemException.badRequest("teamId", "no volunteer team " + request.teamId());
        }
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID();
        v.teamId = request.teamId();
        v.name = request.name();
        v.phone = request.phone();
        v.joinedOn = request.joinedOn();
        v.createdAt = time.now();
        v.persist();
        return v;
    }

    public Volunteer volunteer(UUID id) {
        Volunteer v = Records.existing(Volunteer.class, id, "Volunteer");
        return v;
    }

    public PageResponse<VolunteerView> volunteers(UUID teamId, PageParams paging, boolean unmasked) {
        Where where = Where.of().and("teamId = :team", "team", teamId);
        return Pages.of(Volunteer.<Volunteer>find(where.query(), Sort.by("name").and("id"), where.parameters()),
                paging, v -> VolunteerView.of(v, unmasked));
    }

    /** An activity with the hours of each volunteer of the team who served; published if it names a dispute. */
    @Transactional
    public VolunteerActivity record(RecordActivity request, Actor actor) {
        VolunteerTeam team = VolunteerTeam.findById(request.teamId());
        if (team == null) {
            throw ProblemException.badRequest("teamId", "no volunteer team " + request.teamId());
        }
        if (request.heldOn().isBefore(team.foundedOn)) {
            throw ProblemException.badRequest("heldOn", "must not be before the team was founded, " + team.foundedOn);
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.hours().size(); i++) {
            ServedHours served = request.hours().get(i);
            Volunteer v = Volunteer.findById(served.volunteerId());
            if (v == null || !v.teamId.equals(team.id)) {
                throw ProblemException.badRequest("hours[" + i + "].volunteerId",
                        "no volunteer " + served.volunteerId() + " in the team " + team.name);
            }
            if (!seen.add(served.volunteerId())) {
                throw ProblemException.badRequest("hours[" + i + "].volunteerId",
                        "volunteer " + served.volunteerId() + " is listed twice");
            }
        }
        VolunteerActivity a = new VolunteerActivity();
        a.id = UUID.randomUUID();
        a.teamId = team.id;
        a.kind = request.kind();
        a.title = request.title();
        a.heldOn = request.heldOn();
        a.place = request.place();
        a.disputeCaseNo = request.disputeCaseNo();
        a.note = request.note();
        a.recordedBy = actor.name();
        a.recordedAt = time.now();
        a.persist();
        BigDecimal total = BigDecimal.ZERO;
        for (ServedHours served : request.hours()) {
            VolunteerActivityHours h = new VolunteerActivityHours();
            h.activityId = a.id;
            h.volunteerId = served.volunteerId();
            h.hours = served.hours();
            h.persist();
            total = total.add(served.hours());
        }
        if (a.disputeCaseNo != null) {
            outbox.publish(VolunteerEvents.TOPIC, a.id.toString(), VolunteerEvents.DISPUTE_HELPED,
                    new VolunteerEvents.DisputeHelped(a.id, team.id, team.name, a.kind, a.title, a.heldOn,
                            a.disputeCaseNo, request.hours().size(), Ratios.plain(total), a.note));
        }
        return a;
    }

    public ActivityView activity(UUID id) {
        VolunteerActivity a = Records.existing(VolunteerActivity.class, id, "VolunteerActivity");
        List<ServedHours> hours = VolunteerActivityHours.<VolunteerActivityHours>list("activityId", a.id).stream()
                .map(h -> new ServedHours(h.volunteerId, Ratios.plain(h.hours))).toList();
        BigDecimal total = hours.stream().map(ServedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return view(a, team(a.teamId).name, hours.size(), total, hours);
    }

    /** Filters of the activity list; null means any. */
    public record ActivityFilter(UUID teamId, VolunteerActivityKind kind, LocalDate from, LocalDate to,
            String disputeCaseNo, Boolean helpedDispute) {
    }

    public PageResponse<ActivityView> activities(ActivityFilter f, PageParams paging) {
        Where where = Where.of().and("teamId = :team", "team", f.teamId())
                .and("kind = :kind", "kind", f.kind())
                .within("heldOn", f.from(), f.to())
                .and("disputeCaseNo = :caseNo", "caseNo", f.disputeCaseNo())
                .andIf(Boolean.TRUE.equals(f.helpedDispute()), "disputeCaseNo is not null", Map.of())
                .andIf(Boolean.FALSE.equals(f.helpedDispute()), "disputeCaseNo is null", Map.of());
        PageResponse<VolunteerActivity> page = Pages.of(VolunteerActivity.<VolunteerActivity>find(where.query(),
                Sort.descending("heldOn").and("id"), where.parameters()), paging);
        Map<UUID, Object[]> sums = new java.util.HashMap<>();
        Map<UUID, String> teamNames = new java.util.HashMap<>();
        if (!page.items().isEmpty()) {
            em.createQuery("select h.activityId, count(h), sum(h.hours) from VolunteerActivityHours h "
                    + "where h.activityId in :ids group by h.activityId", Object[].class)
                    .setParameter("ids", page.items().stream().map(a -> a.id).toList())
                    .getResultList().forEach(row -> sums.put((UUID) row[0], row));
            VolunteerTeam.<VolunteerTeam>list("id in ?1", page.items().stream().map(a -> a.teamId).distinct().toList())
                    .forEach(t -> teamNames.put(t.id, t.name));
        }
        return new PageResponse<>(page.items().stream().map(a -> {
            Object[] sum = sums.get(a.id);
            return view(a, teamNames.get(a.teamId), sum == null ? 0 : ((Long) sum[1]).intValue(),
                    sum == null ? BigDecimal.ZERO : Ratios.plain((BigDecimal) sum[2]), null);
        }).toList(), page.page(), page.size(), page.total());
    }

    private static ActivityView view(VolunteerActivity a, String teamName, int volunteers, BigDecimal total,
            List<ServedHours> hours) {
        return new ActivityView(a.id, a.teamId, teamName, a.kind, a.title, a.heldOn, a.place, a.disputeCaseNo,
                a.note, volunteers, Ratios.plain(total), hours, a.recordedBy, a.recordedAt);
    }

    /** The hours served in a year, per team and per volunteer (optionally of one team). */
    public Hours hours(int year, UUID teamId) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String ofTeam = teamId == null ? "" : " and a.teamId = :team";
        List<TeamHours> teams = query("select t.id, t.name, count(distinct a.id), count(distinct h.volunteerId), "
                + "coalesce(sum(h.hours), 0) from VolunteerActivity a join VolunteerTeam t on t.id = a.teamId "
                + "left join VolunteerActivityHours h on h.activityId = a.id "
                + "where a.heldOn between :from and :to" + ofTeam + " group by t.id, t.name order by t.name",
                from, to, teamId).stream().map(r -> new TeamHours((UUID) r[0], (String) r[1], (Long) r[2], (Long) r[3],
                        Ratios.plain((BigDecimal) r[4]))).toList();
        List<VolunteerHours> volunteers = query("select v.id, v.name, v.teamId, count(a.id), sum(h.hours) "
                + "from VolunteerActivityHours h join VolunteerActivity a on a.id = h.activityId "
                + "join Volunteer v on v.id = h.volunteerId "
                + "where a.heldOn between :from and :to" + ofTeam
                + " group by v.id, v.name, v.teamId order by sum(h.hours) desc, v.name", from, to, teamId).stream().map(r -> new VolunteerHours((UUID) r[0], (String) r[1], (UUID) r[2],
                        (Long) r[3], Ratios.plain((BigDecimal) r[4]))).toList();
        return new Hours(year, teams, volunteers);
    }

    private List<Object[]> query(String jpql, LocalDate from, LocalDate to, UUID teamId) {
        var query = em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to);
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        return query.getResultList();
    }
}

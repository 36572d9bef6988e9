package cn.jiedao.hub.elderly;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.directory.Building;
import cn.jiedao.hub.directory.DirectoryService;
import cn.jiedao.hub.directory.Grid;
import cn.jiedao.hub.elderly.ElderlyViews.MealDayView;
import cn.jiedao.hub.elderly.ElderlyViews.MealsView;
import cn.jiedao.hub.elderly.ElderlyViews.RecordActivity;
import cn.jiedao.hub.elderly.ElderlyViews.RegisterElderly;
import cn.jiedao.hub.servicepoint.ServicePoint;
import cn.jiedao.hub.servicepoint.ServicePointType;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Registered elderly residents, canteen meals per day and activities. */
@ApplicationScoped
public class ElderlyService {

    /** The age from which the street registers a resident as elderly (老年人权益保障法: 60). */
    static final int ELDERLY_FROM = 60;

    /** The service points that serve meals. */
    static final Set<ServicePointType> MEAL_SERVERS = Set.of(ServicePointType.CANTEEN,
            ServicePointType.ELDERLY_CARE_CENTER);

    @Inject
    StreetTime time;

    @Transactional
    public ElderlyResident register(RegisterElderly request, Actor actor) {
        String gridCode = request.gridCode();
        if (request.buildingId() != null) {
            Building b = Building.findById(request.buildingId());
            if (b == null) {
                throw ProblemException.badRequest("buildingId", "no building has the id " + request.buildingId());
            }
            if (gridCode != null && !gridCode.equals(b.gridCode)) {
                throw ProblemException.badRequest("gridCode", "the building is in grid " + b.gridCode);
            }
            gridCode = b.gridCode;
        }
        if (gridCode == null) {
            throw ProblemException.badRequest("gridCode", "is required without a building");
        }
        if (Grid.findById(gridCode) == null) {
            throw ProblemException.badRequest("gridCode", "no grid has the code " + gridCode);
        }
        DirectoryService.requireGrid(actor, gridCode);
        if (request.birthDate().plusYears(ELDERLY_FROM).isAfter(time.today())) {
            throw ProblemException.badRequest("birthDate", "an elderly resident is " + ELDERLY_FROM + " or older");
        }
        if (request.consentGivenOn().isAfter(time.today())) {
            throw ProblemException.badRequest("consentGivenOn", "must not be in the future");
        }
        if (ElderlyResident.count("residentId", request.residentId()) > 0) {
            throw ProblemException.conflict("A resident with this resident ID is registered");
        }
        ElderlyResident r = new ElderlyResident();
        r.id = UUID.randomUUID();
        r.name = request.name();
        r.residentId = request.residentId();
        r.phone = request.phone();
        r.birthDate = request.birthDate();
        r.buildingId = request.buildingId();
        r.gridCode = gridCode;
        r.address = request.address();
        r.consentScope = request.consentScope();
        r.consentGivenOn = request.consentGivenOn();
        r.consentRecordedBy = actor.name();
        r.createdAt = time.now();
        r.persist();
        return r;
    }

    public ElderlyResident find(UUID id, Actor actor) {
        ElderlyResident r = Records.existing(ElderlyResident.class, id, "Elderly resident");
        DirectoryService.requireGrid(actor, r.gridCode);
        return r;
    }

    public PageResponse<ElderlyResident> list(String gridCode, UUID buildingId, PageParams paging, Actor actor) {
        Where where = Where.of().and("gridCode = :grid", "grid", gridCode)
                .and("buildingId = :building", "building", buildingId)
                .andIf(actor.worksOnlyIn(), "gridCode in :grids", Map.of("grids", actor.grids()));
        return Pages.of(ElderlyResident.<ElderlyResident>find(where.query(), Sort.by("name").and("id"),
                where.parameters()), paging);
    }

    /** Records (or corrects) the meals a canteen served on a day. */
    @Transactional
    public CanteenMealDay recordMeals(UUID servicePointId, LocalDate day, int meals, Actor actor) {
        ServicePoint p = Records.existing(ServicePoint.class, servicePointId, "Service point");
        if (!MEAL_SERVERS.contains(p.type)) {
            throw ProblemException.badRequest("servicePointId", "is a " + p.type + "; meals are served by "
                    + MEAL_SERVERS);
        }
        if (day.isAfter(time.today())) {
            throw ProblemException.badRequest("date", "must not be in the future");
        }
        CanteenMealDay m = CanteenMealDay.<CanteenMealDay>find("servicePointId = ?1 and day = ?2", servicePointId, day)
                .firstResult();
        if (m == null) {
            m = new CanteenMealDay();
            m.id = UUID.randomUUID();
            m.servicePointId = servicePointId;
            m.day = day;
        }
        m.meals = meals;
        m.recordedBy = actor.name();
        m.recordedAt = time.now();
        m.persist();
        return m;
    }

    public MealsView meals(UUID servicePointId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        Where where = Where.of().and("servicePointId = :point", "point", servicePointId)
                .within("day", from, to);
        List<MealDayView> days = CanteenMealDay.<CanteenMealDay>list(where.query(),
                Sort.by("day").and("servicePointId"), where.parameters()).stream().map(MealDayView::of).toList();
        return new MealsView(from, to, days.stream().mapToLong(MealDayView::meals).sum(), days);
    }

    @Transactional
    public ElderlyActivity record(RecordActivity request, Actor actor) {
        if (request.servicePointId() != null && ServicePoint.findById(request.servicePointId()) == null) {
            throw ProblemException.badRequest("servicePointId", "no service point has the id " + request.servicePointId());
        }
        ElderlyActivity a = new ElderlyActivity();
        a.id = UUID.randomUUID();
        a.kind = request.kind();
        a.title = request.title();
        a.heldOn = request.heldOn();
        a.place = request.place();
        a.servicePointId = request.servicePointId();
        a.participants = request.participants();
        a.createdBy = actor.name();
        a.createdAt = time.now();
        a.persist();
        return a;
    }

    public PageResponse<ElderlyActivity> activities(ActivityKind kind, LocalDate from, LocalDate to, PageParams paging) {
        Where where = Where.of().and("kind = :kind", "kind", kind).within("heldOn", from, to);
        return Pages.of(ElderlyActivity.<ElderlyActivity>find(where.query(),
                Sort.by("heldOn", Sort.Direction.Descending).and("id"), where.parameters()), paging);
    }
}

package cn.jiedao.hub.elderly;

import cn.jiedao.hub.directory.HubRoles;
import cn.jiedao.hub.elderly.ElderlyViews.ActivityView;
import cn.jiedao.hub.elderly.ElderlyViews.ElderlyView;
import cn.jiedao.hub.elderly.ElderlyViews.MealDayView;
import cn.jiedao.hub.elderly.ElderlyViews.MealsView;
import cn.jiedao.hub.elderly.ElderlyViews.RecordActivity;
import cn.jiedao.hub.elderly.ElderlyViews.RecordMeals;
import cn.jiedao.hub.elderly.ElderlyViews.RegisterElderly;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub")
@Tag(name = "Elderly services (养老服务)")
@Produces(MediaType.APPLICATION_JSON)
public class ElderlyResource {

    @Inject
    ElderlyService elderly;

    private static boolean unmasked(SecurityContext security) {
        return security.isUserInRole(Roles.HUB_STAFF);
    }

    @POST
    @Path("/elderly-residents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HubRoles.RECORDERS)
    @Operation(summary = "Register an elderly resident (60 or older) with the consent they gave; a grid worker "
            + "registers in their grids; 409 when the resident ID is registered")
    public RestResponse<ElderlyView> register(@Valid @NotNull RegisterElderly request, @Context UriInfo uri,
            @Context SecurityContext security) {
        ElderlyResident r = elderly.register(request, Actor.of(security));
        return Answers.created(uri, r.id, ElderlyView.of(r, unmasked(security)), r.version);
    }

    @GET
    @Path("/elderly-residents/{id}")
    @RolesAllowed(HubRoles.RECORDERS)
    @Operation(summary = "One elderly resident; resident ID and phone masked for every role but hub-staff; a grid "
            + "worker reads those of their grids")
    public RestResponse<ElderlyView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        ElderlyResident r = elderly.find(id, Actor.of(security));
        return Answers.ok(ElderlyView.of(r, unmasked(security)), r.version);
    }

    @GET
    @Path("/elderly-residents")
    @RolesAllowed(HubRoles.RECORDERS)
    @Operation(summary = "Elderly residents by name, filtered by grid or building; a grid worker sees their grids")
    public RestResponse<PageResponse<ElderlyView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("gridCode") String gridCode, @QueryParam("buildingId") UUID buildingId,
            @Context SecurityContext security) {
        boolean unmasked = unmasked(security);
        return RestResponse.ok(elderly.list(gridCode, buildingId, paging, Actor.of(security))
                .map(r -> ElderlyView.of(r, unmasked)));
    }

    @PUT
    @Path("/canteen-meals/{servicePointId}/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Record (or correct) the meals a canteen or elderly-care centre served on a day")
    public RestResponse<MealDayView> recordMeals(@PathParam("servicePointId") UUID servicePointId,
            @PathParam("date") LocalDate date, @Valid @NotNull RecordMeals request, @Context SecurityContext security) {
        return RestResponse.ok(MealDayView.of(elderly.recordMeals(servicePointId, date, request.meals(),
                Actor.of(security))));
    }

    @GET
    @Path("/canteen-meals")
    @Authenticated
    @Operation(summary = "Meals served from one day to another (both included), per canteen and day, with the total")
    public RestResponse<MealsView> meals(@QueryParam("servicePointId") UUID servicePointId,
            @NotNull @QueryParam("from") LocalDate from, @NotNull @QueryParam("to") LocalDate to) {
        return RestResponse.ok(elderly.meals(servicePointId, from, to));
    }

    @POST
    @Path("/elderly-activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Record an activity for elderly residents: kind, day, place, participants")
    public RestResponse<ActivityView> recordActivity(@Valid @NotNull RecordActivity request, @Context UriInfo uri,
            @Context SecurityContext security) {
        ElderlyActivity a = elderly.record(request, Actor.of(security));
        return Answers.created(uri, a.id, ActivityView.of(a));
    }

    @GET
    @Path("/elderly-activities")
    @Authenticated
    @Operation(summary = "Activities, latest first, filtered by kind and days")
    public RestResponse<PageResponse<ActivityView>> activities(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") ActivityKind kind, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return RestResponse.ok(elderly.activities(kind, from, to, paging).map(ActivityView::of));
    }
}

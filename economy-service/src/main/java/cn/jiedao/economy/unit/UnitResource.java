package cn.jiedao.economy.unit;

import cn.jiedao.economy.EconomyRoles;
import cn.jiedao.economy.unit.UnitViews.EligibilityView;
import cn.jiedao.economy.unit.UnitViews.RegisterUnit;
import cn.jiedao.economy.unit.UnitViews.RevenueInput;
import cn.jiedao.economy.unit.UnitViews.StatusChange;
import cn.jiedao.economy.unit.UnitViews.StepView;
import cn.jiedao.economy.unit.UnitViews.SummaryView;
import cn.jiedao.economy.unit.UnitViews.ThresholdView;
import cn.jiedao.economy.unit.UnitViews.UnitView;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/economy")
@Tag(name = "Statistical units (申规入统)")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @POST
    @Path("/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Register an enterprise in the 申规入统 pipeline (409 if its credit code is registered); "
            + "an accommodation or catering unit (industry 61/62) publishes economy.unit.registered")
    public RestResponse<UnitView> register(@Valid @NotNull RegisterUnit request, @Context SecurityContext security,
            @Context UriInfo uri) {
        StatisticalUnit u = units.register(request, Actor.of(security));
        return Answers.created(uri, u.id, UnitView.of(u), u.version);
    }

    @GET
    @Path("/units")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Units, by name, optionally of one category and status")
    public PageResponse<UnitView> list(@QueryParam("category") UnitCategory category,
            @QueryParam("status") RegistrationStatus status,
            @Valid @BeanParam PageParams paging) {
        return units.list(category, status, paging);
    }

    @GET
    @Path("/units/summary")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "库内单位 by category (限上商贸 together), units by status, and the year's new entries")
    public SummaryView summary(@QueryParam("year") @NotNull @Year Integer year) {
        return units.summary(year);
    }

    @GET
    @Path("/units/{id}")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "One unit, with its ETag")
    public RestResponse<UnitView> get(@PathParam("id") UUID id) {
        return answer(units.get(id));
    }

    @POST
    @Path("/units/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Move a unit along 培育 → 申报 → 入库 → 退库 (If-Match required; 409 with currentState and "
            + "allowedSteps for a move the pipeline forbids); the step is kept in the unit's history")
    public RestResponse<UnitView> changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange request,
            @HeaderParam("If-Match") String ifMatch, @Context SecurityContext security) {
        return answer(units.changeStatus(id, request.status(), request.date(), ifMatch, Actor.of(security)));
    }

    @GET
    @Path("/units/{id}/history")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "A unit's steps through the pipeline, oldest first: who, when, from which status to which")
    public List<StepView> history(@PathParam("id") UUID id) {
        return units.history(id).stream().map(StepView::of).toList();
    }

    @PUT
    @Path("/units/{id}/revenues/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Record a unit's main-business revenue (万元) for a year (If-Match required)")
    public RestResponse<UnitView> setRevenue(@PathParam("id") UUID id, @PathParam("year") @Year int year,
            @Valid @NotNull RevenueInput request, @HeaderParam("If-Match") String ifMatch) {
        return answer(units.setRevenue(id, year, request.revenue(), ifMatch));
    }

    @GET
    @Path("/units/{id}/eligibility")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Check a unit against the thresholds for a year: which rule applies and why it passes or fails")
    public EligibilityView eligibility(@PathParam("id") UUID id, @QueryParam("year") @NotNull @Year Integer year) {
        return units.check(id, year);
    }

    @GET
    @Path("/eligibility-thresholds")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "The thresholds of the eligibility check, as the statistics bureau sets them")
    public List<ThresholdView> thresholds() {
        return units.thresholds();
    }

    private static RestResponse<UnitView> answer(StatisticalUnit u) {
        return Answers.ok(UnitView.of(u), u.version);
    }
}

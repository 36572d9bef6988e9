package cn.jiedao.economy.unit;

import cn.jiedao.economy.unit.UnitViews.EligibilityView;
import cn.jiedao.economy.unit.UnitViews.RegisterUnit;
import cn.jiedao.economy.unit.UnitViews.RevenueInput;
import cn.jiedao.economy.unit.UnitViews.StatusChange;
import cn.jiedao.economy.unit.UnitViews.SummaryView;
import cn.jiedao.economy.unit.UnitViews.ThresholdView;
import cn.jiedao.economy.unit.UnitViews.UnitView;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/economy")
@Tag(name = "Statistical units (申规入统)")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @POST
    @Path("/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Register an enterprise in the 申规入统 pipeline (409 if its credit code is registered); "
            + "an accommodation or catering unit (industry 61/62) publishes economy.unit.registered")
    public Response register(@Valid @NotNull RegisterUnit request, @Context SecurityContext security,
            @Context UriInfo uri) {
        StatisticalUnit u = units.register(request, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(u.id.toString()).build())
                .entity(UnitView.of(u)).tag(ETags.entityTag(u.version)).build();
    }

    @GET
    @Path("/units")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "Units, by name, optionally of one category and status")
    public PageResponse<UnitView> list(@QueryParam("category") UnitCategory category,
            @QueryParam("status") RegistrationStatus status,
            @Valid @BeanParam PageParams paging) {
        return units.list(category, status, paging.page, paging.size).map(UnitView::of);
    }

    @GET
    @Path("/units/summary")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "库内单位 by category (限上商贸 together), units by status, and the year's new entries")
    public SummaryView summary(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return units.summary(year);
    }

    @GET
    @Path("/units/{id}")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "One unit, with its ETag")
    public Response get(@PathParam("id") UUID id) {
        StatisticalUnit u = units.get(id);
        return Response.ok(UnitView.of(u)).tag(ETags.entityTag(u.version)).build();
    }

    @POST
    @Path("/units/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Move a unit along 培育 → 申报 → 入库 → 退库 (If-Match required; 409 for a move the pipeline forbids)")
    public Response changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange request,
            @HeaderParam("If-Match") String ifMatch) {
        StatisticalUnit u = units.changeStatus(id, request.status(), request.date(), ifMatch);
        return Response.ok(UnitView.of(u)).tag(ETags.entityTag(u.version)).build();
    }

    @PUT
    @Path("/units/{id}/revenues/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Record a unit's main-business revenue (万元) for a year (If-Match required)")
    public Response setRevenue(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull RevenueInput request, @HeaderParam("If-Match") String ifMatch) {
        StatisticalUnit u = units.setRevenue(id, year, request.revenue(), ifMatch);
        return Response.ok(UnitView.of(u)).tag(ETags.entityTag(u.version)).build();
    }

    @GET
    @Path("/units/{id}/eligibility")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "Check a unit against the thresholds for a year: which rule applies and why it passes or fails")
    public EligibilityView eligibility(@PathParam("id") UUID id,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return units.check(id, year);
    }

    @GET
    @Path("/eligibility-thresholds")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "The thresholds of the eligibility check, as the statistics bureau sets them")
    public List<ThresholdView> thresholds() {
        return units.thresholds();
    }

}

package cn.jiedao.safety.inspection;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.inspection.InspectionViews.AddSites;
import cn.jiedao.safety.inspection.InspectionViews.InspectionView;
import cn.jiedao.safety.inspection.InspectionViews.PlanRound;
import cn.jiedao.safety.inspection.InspectionViews.RecordInspection;
import cn.jiedao.safety.inspection.InspectionViews.RoundView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/safety")
@Tag(name = "Inspections (安全检查)")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @Inject
    GasSafetyRoster gasSafety;

    @GET
    @Path("/gas-safety-roster")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Sites due for a gas-safety inspection (never inspected for gas, or not within the "
            + "interval), whether or not a round plans them, with the round that does")
    public RestResponse<PageResponse<GasSafetyRoster.DueSite>> gasSafetyRoster(@Valid @BeanParam PageParams paging,
            @QueryParam("gridCode") String gridCode) {
        return RestResponse.ok(gasSafety.due(gridCode, paging));
    }

    @POST
    @Path("/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Record an inspection of a site: the domains checked, the inspectors, and each finding, which "
            + "becomes an OPEN hazard with the deadline of its severity; a MAJOR one is escalated at once")
    public RestResponse<InspectionView> record(@Valid @NotNull RecordInspection request,
            @Context SecurityContext security, @Context UriInfo uri) {
        InspectionView view = inspections.record(request, Actor.of(security));
        return Answers.created(uri, view.id(), view);
    }

    @GET
    @Path("/inspections/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One inspection with the hazards it found")
    public RestResponse<InspectionView> get(@PathParam("id") UUID id) {
        return RestResponse.ok(inspections.get(id));
    }

    @GET
    @Path("/inspections")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Inspections, newest first, by site, round or dates (inclusive)")
    public RestResponse<PageResponse<InspectionView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("siteId") UUID siteId, @QueryParam("roundId") UUID roundId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return RestResponse.ok(inspections.list(siteId, roundId, from, to, paging));
    }

    @POST
    @Path("/inspection-rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Plan a 专项检查 round of one domain over a roster of sites")
    public RestResponse<RoundView> plan(@Valid @NotNull PlanRound request, @Context SecurityContext security,
            @Context UriInfo uri) {
        RoundView view = inspections.plan(request, Actor.of(security));
        return Answers.created(uri, view.id(), view, view.version());
    }

    @POST
    @Path("/inspection-rounds/{id}/sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Add sites to a round's roster (If-Match with the round's ETag)")
    public RestResponse<RoundView> addSites(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AddSites request) {
        RoundView view = inspections.addSites(id, ifMatch, request.siteIds());
        return Answers.ok(view, view.version());
    }

    @GET
    @Path("/inspection-rounds/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One round with its progress: sites inspected of the roster, hazards found and closed")
    public RestResponse<RoundView> round(@PathParam("id") UUID id) {
        RoundView view = inspections.view(inspections.round(id));
        return Answers.ok(view, view.version());
    }

    @GET
    @Path("/inspection-rounds")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Rounds, latest first, by domain or year, each with its progress")
    public RestResponse<PageResponse<RoundView>> rounds(@Valid @BeanParam PageParams paging,
            @QueryParam("domain") HazardDomain domain, @QueryParam("year") @Year Integer year) {
        return RestResponse.ok(inspections.rounds(domain, year, paging));
    }
}

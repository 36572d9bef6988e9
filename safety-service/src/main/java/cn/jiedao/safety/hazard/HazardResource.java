package cn.jiedao.safety.hazard;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.hazard.HazardViews.Closure;
import cn.jiedao.safety.hazard.HazardViews.ExtensionDecision;
import cn.jiedao.safety.hazard.HazardViews.ExtensionRequest;
import cn.jiedao.safety.hazard.HazardViews.HazardView;
import cn.jiedao.safety.hazard.HazardViews.ReportRectification;
import cn.jiedao.safety.hazard.HazardViews.Verification;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Hazards and their steps; each step is {@code POST /{id}/<step noun>} with If-Match and answers the new ETag. */
@Path("/api/safety/hazards")
@Tag(name = "Hazards and rectification (隐患整改)")
@Produces(MediaType.APPLICATION_JSON)
public class HazardResource {

    @Inject
    HazardService hazards;

    @GET
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Hazards, latest found first, by status, domain, severity, site, inspection, overdue, "
            + "escalated (major or overdue: the street's list) and the dates found (inclusive); a grid worker sees "
            + "the hazards of their grids")
    public RestResponse<PageResponse<HazardView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("status") HazardStatus status, @QueryParam("domain") HazardDomain domain,
            @QueryParam("severity") HazardSeverity severity, @QueryParam("siteId") UUID siteId,
            @QueryParam("inspectionId") UUID inspectionId, @QueryParam("overdue") Boolean overdue,
            @QueryParam("escalated") Boolean escalated, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @Context SecurityContext security) {
        return RestResponse.ok(hazards.list(new HazardService.Filter(status, domain, severity, siteId, inspectionId,
                overdue, escalated, from, to), paging, Actor.of(security)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One hazard with its history and the steps allowed from its state")
    public RestResponse<HazardView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return answer(hazards.get(id, Actor.of(security)));
    }

    @POST
    @Path("/{id}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Report the rectification (OPEN → RECTIFICATION_REPORTED)")
    public RestResponse<HazardView> rectification(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReportRectification request,
            @Context SecurityContext security) {
        return answer(hazards.reportRectification(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Re-inspect, by another officer than the one who reported the rectification: passed → "
            + "CLOSED_FIXED, failed → OPEN again")
    public RestResponse<HazardView> verification(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Verification request,
            @Context SecurityContext security) {
        return answer(hazards.verify(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Close without a fix, with the reason (e.g. the business closed): CLOSED_UNFIXED")
    public RestResponse<HazardView> closure(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Closure request,
            @Context SecurityContext security) {
        return answer(hazards.closeUnfixed(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Request a later deadline (延期整改), with the reason; it counts once decided")
    public RestResponse<HazardView> extension(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ExtensionRequest request,
            @Context SecurityContext security) {
        return answer(hazards.requestExtension(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Approve (the deadline moves) or refuse a requested extension, by another person than the "
            + "one who requested it")
    public RestResponse<HazardView> decision(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ExtensionDecision request,
            @Context SecurityContext security) {
        return answer(hazards.decideExtension(id, ifMatch, request, Actor.of(security)));
    }

    private RestResponse<HazardView> answer(Hazard hazard) {
        return Answers.ok(hazards.view(hazard), hazard.version);
    }
}

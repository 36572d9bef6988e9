package cn.jiedao.safety.construction;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.construction.ConstructionCaseViews.Closure;
import cn.jiedao.safety.construction.ConstructionCaseViews.Demolition;
import cn.jiedao.safety.construction.ConstructionCaseViews.Legalisation;
import cn.jiedao.safety.construction.ConstructionCaseViews.Notice;
import cn.jiedao.safety.construction.ConstructionCaseViews.ReportCase;
import cn.jiedao.safety.construction.ConstructionCaseViews.Verification;
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

/** Illegal-construction cases and their steps, each {@code POST /{id}/<step noun>} with If-Match. */
@Path("/api/safety/illegal-construction-cases")
@Tag(name = "Illegal construction (违法建设)")
@Produces(MediaType.APPLICATION_JSON)
public class IllegalConstructionCaseResource {

    @Inject
    ConstructionCaseService cases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Report a structure a patrol found: a REPORTED case (a complaint in mediation opens one "
            + "by itself)")
    public RestResponse<IllegalConstructionCaseView> report(@Valid @NotNull ReportCase request,
            @Context SecurityContext security, @Context UriInfo uri) {
        IllegalConstructionCase c = cases.report(request, Actor.of(security));
        return Answers.created(uri, c.id, cases.view(c), c.version);
    }

    @GET
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "Illegal-construction cases, newest first, by the complaint they were opened from, status, "
            + "grid or the dates demolished (inclusive)")
    public RestResponse<PageResponse<IllegalConstructionCaseView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("sourceDisputeId") UUID sourceDisputeId, @QueryParam("status") ConstructionCaseStatus status,
            @QueryParam("gridCode") String gridCode, @QueryParam("demolishedFrom") LocalDate demolishedFrom,
            @QueryParam("demolishedTo") LocalDate demolishedTo) {
        return RestResponse.ok(cases.list(sourceDisputeId, status, gridCode, demolishedFrom, demolishedTo, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "One illegal-construction case with its history and the steps allowed from its state")
    public RestResponse<IllegalConstructionCaseView> get(@PathParam("id") UUID id) {
        return answer(cases.get(id));
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Verify the structure on site, with its area (REPORTED → VERIFIED)")
    public RestResponse<IllegalConstructionCaseView> verification(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Verification request,
            @Context SecurityContext security) {
        return answer(cases.verify(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Issue the notice to remove it by a date (VERIFIED → NOTICE_ISSUED)")
    public RestResponse<IllegalConstructionCaseView> notice(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Notice request,
            @Context SecurityContext security) {
        return answer(cases.issueNotice(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/demolition")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Record the demolition, its date and area in m² (→ DEMOLISHED); the complaint it came from "
            + "is resolved in mediation")
    public RestResponse<IllegalConstructionCaseView> demolition(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Demolition request,
            @Context SecurityContext security) {
        return answer(cases.demolish(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/legalisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Record that the structure was legalised (→ LEGALISED)")
    public RestResponse<IllegalConstructionCaseView> legalisation(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Legalisation request,
            @Context SecurityContext security) {
        return answer(cases.legalise(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Close the case: after demolition or legalisation, or when no illegal structure was found")
    public RestResponse<IllegalConstructionCaseView> closure(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Closure request,
            @Context SecurityContext security) {
        return answer(cases.close(id, ifMatch, request, Actor.of(security)));
    }

    private RestResponse<IllegalConstructionCaseView> answer(IllegalConstructionCase c) {
        return Answers.ok(cases.view(c), c.version);
    }
}

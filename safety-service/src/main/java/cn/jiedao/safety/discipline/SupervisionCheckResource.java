package cn.jiedao.safety.discipline;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.discipline.DisciplineViews.Rectification;
import cn.jiedao.safety.discipline.DisciplineViews.RecordSupervisionCheck;
import cn.jiedao.safety.discipline.DisciplineViews.ReportRectification;
import cn.jiedao.safety.discipline.DisciplineViews.SupervisionCheckView;
import cn.jiedao.safety.discipline.DisciplineViews.Verification;
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

/** 督查: supervision checks and their rectification; each step is {@code POST /{id}/<step noun>} with If-Match. */
@Path("/api/safety/discipline/supervision-checks")
@Tag(name = "Discipline supervision (作风建设)")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionCheckResource {

    @Inject
    SupervisionCheckService checks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record a supervision check (督查): RECORDED, or RECTIFICATION_REQUIRED with a rectification "
            + "and its deadline")
    public RestResponse<SupervisionCheckView> record(@Valid @NotNull RecordSupervisionCheck request,
            @Context SecurityContext security, @Context UriInfo uri) {
        SupervisionCheck c = checks.record(request, Actor.of(security));
        return Answers.created(uri, c.id, checks.view(c), c.version);
    }

    @GET
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "Supervision checks, latest first, by status, kind, subject kind, overdue (rectification "
            + "required and past its deadline) and the dates checked (inclusive)")
    public RestResponse<PageResponse<SupervisionCheckView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("status") SupervisionCheckStatus status, @QueryParam("kind") SupervisionCheckKind kind,
            @QueryParam("subjectKind") SupervisionSubjectKind subjectKind, @QueryParam("overdue") Boolean overdue,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return RestResponse.ok(checks.list(new SupervisionCheckService.Filter(status, kind, subjectKind, overdue, from,
                to), paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "One supervision check with its history and the steps allowed from its state")
    public RestResponse<SupervisionCheckView> get(@PathParam("id") UUID id) {
        return answer(checks.get(id));
    }

    @POST
    @Path("/{id}/rectification-requirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Require a rectification by a deadline (RECORDED → RECTIFICATION_REQUIRED)")
    public RestResponse<SupervisionCheckView> requirement(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Rectification request,
            @Context SecurityContext security) {
        return answer(checks.requireRectification(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record the rectification made (RECTIFICATION_REQUIRED → RECTIFIED)")
    public RestResponse<SupervisionCheckView> rectification(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReportRectification request,
            @Context SecurityContext security) {
        return answer(checks.reportRectification(id, ifMatch, request, Actor.of(security)));
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Verify the rectification: passed → VERIFIED, failed → RECTIFICATION_REQUIRED again")
    public RestResponse<SupervisionCheckView> verification(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Verification request,
            @Context SecurityContext security) {
        return answer(checks.verify(id, ifMatch, request, Actor.of(security)));
    }

    private RestResponse<SupervisionCheckView> answer(SupervisionCheck c) {
        return Answers.ok(checks.view(c), c.version);
    }
}

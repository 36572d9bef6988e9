package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.mediation.MediationRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Disputes: registration, reading, the list, and the lifecycle steps. Each step needs {@code If-Match} with
 * the ETag last read (428 without, 412 when stale) and answers the dispute with its new ETag; a step the
 * state machine does not allow is a 409 problem naming {@code currentState} and {@code allowedSteps}.
 */
@Path("/api/mediation/disputes")
@Tag(name = "Disputes")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.GRID_WORKER})
    @Operation(summary = "Register a dispute from any intake channel; answers its id, case number and status")
    @APIResponse(responseCode = "201", description = "Registered: id, caseNo, status RECEIVED; ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public RestResponse<DisputeView> register(@Valid @NotNull RegisterDispute request,
            @Context SecurityContext security, @Context UriInfo uri) {
        Dispute d = disputes.register(request, Actor.of(security));
        DisputeService.Read read = disputes.view(d.id, PersonalData.unmaskedFor(security));
        return Answers.created(uri, d.id, read.view(), read.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(MediationRoles.READERS)
    @Operation(summary = "One dispute with its parties, deadlines and history; the ETag is its version")
    public RestResponse<DisputeView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        DisputeService.Read read = disputes.view(id, PersonalData.unmaskedFor(security));
        return Answers.ok(read.view(), read.version());
    }

    @GET
    @RolesAllowed(MediationRoles.READERS)
    @Operation(summary = "Disputes by status, category, channel, grid, period of receipt, overdue or needing classification")
    public PageResponse<DisputeView> list(
            @QueryParam("status") DisputeStatus status,
            @QueryParam("category") DisputeCategory category,
            @QueryParam("channel") IntakeChannel channel,
            @QueryParam("gridCode") @Pattern(regexp = "\\d{15}", message = "must be a 15-digit grid code") String gridCode,
            @Parameter(description = "First day of receipt, inclusive (Asia/Shanghai)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of receipt, inclusive (Asia/Shanghai)") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only disputes past (true) or within (false) their deadline") @QueryParam("overdue") Boolean overdue,
            @QueryParam("needsClassification") Boolean needsClassification,
            @Valid @BeanParam PageParams paging,
            @Context SecurityContext security) {
        return disputes.list(new DisputeFilter(status, category, channel, gridCode, from, to, overdue,
                needsClassification), paging, PersonalData.unmaskedFor(security));
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Accept a received dispute into a room with a mediator (RECEIVED → ACCEPTED)")
    public RestResponse<DisputeView> accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AcceptDispute request, @Context SecurityContext security) {
        return changed(disputes.accept(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Record that both parties agreed to conclude later than the 30-day period")
    public RestResponse<DisputeView> extend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExtendDispute request, @Context SecurityContext security) {
        return changed(disputes.extend(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Conclude an accepted dispute: RESOLVED with an agreement, FAILED with advice, or ESCALATED (ACCEPTED → CONCLUDED)")
    public RestResponse<DisputeView> conclude(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConcludeDispute request, @Context SecurityContext security) {
        return changed(disputes.conclude(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Record that the applicant withdrew (RECEIVED or ACCEPTED → WITHDRAWN)")
    public RestResponse<DisputeView> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WithdrawDispute request, @Context SecurityContext security) {
        return changed(disputes.withdraw(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/follow-up-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Record the follow-up visit (回访) of a concluded dispute (CONCLUDED → CLOSED)")
    public RestResponse<DisputeView> followUp(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecordFollowUpVisit request, @Context SecurityContext security) {
        return changed(disputes.recordFollowUpVisit(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Give a referral registered as OTHER its category; clears needsClassification")
    public RestResponse<DisputeView> classify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClassifyDispute request, @Context SecurityContext security) {
        return changed(disputes.classify(id, ifMatch, request, Actor.of(security)), security);
    }

    /** The dispute after a step, with its new ETag; the return type tells OpenAPI the body's schema. */
    private RestResponse<DisputeView> changed(Dispute d, SecurityContext security) {
        DisputeService.Read read = disputes.view(d.id, PersonalData.unmaskedFor(security));
        return Answers.ok(read.view(), read.version());
    }
}

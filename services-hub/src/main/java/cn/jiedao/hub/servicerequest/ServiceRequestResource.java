package cn.jiedao.hub.servicerequest;

import cn.jiedao.eventing.records.IdempotentRequests;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Acceptance;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Completion;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Referral;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Rejection;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.ServiceRequestView;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.StatusNote;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.SubmitRequest;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.kernel.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One-window requests (一窗受理) and their steps; each step is {@code POST /{id}/<step noun>} with If-Match and
 * answers the new ETag. The applicant is masked for every role but hub staff.
 */
@Path("/api/hub/service-requests")
@Tag(name = "One-window services (一窗受理)")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRequestResource {

    @Inject
    ServiceRequestService requests;

    @Inject
    ServiceRequestStatistics statistics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Receive a request of a service type in one of the five modes, with the applicant and the "
            + "type's attributes; due the type's days allowed after receipt. With an Idempotency-Key a retry with the "
            + "same body answers the same request (Idempotent-Replayed: true), another body 422")
    public RestResponse<ServiceRequestView> submit(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER,
                    description = "Unique per request (e.g. a UUID); a retry sends the same key and body")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SubmitRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        Actor actor = Actor.of(security);
        IdempotentRequests.Outcome received = requests.submit(request,
                IdempotentRequests.check(idempotencyKey, false), actor);
        ServiceRequest r = requests.get(UUID.fromString(received.reference()), actor);
        RestResponse<ServiceRequestView> answer = Answers.created(uri, r.id,
                requests.view(r, ServiceRequestRoles.seesApplicants(security)), r.version);
        return received.replayed()
                ? RestResponse.ResponseBuilder.fromResponse(answer).header("Idempotent-Replayed", "true").build()
                : answer;
    }

    @GET
    @RolesAllowed(ServiceRequestRoles.READERS)
    @Operation(summary = "Requests, latest received first, by status, mode, service type, grid, overdue and the days "
            + "received (inclusive); a grid worker sees the requests of their grids")
    public RestResponse<PageResponse<ServiceRequestView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("status") ServiceRequestStatus status, @QueryParam("mode") ServiceMode mode,
            @QueryParam("serviceType") String serviceType,
            @QueryParam("gridCode") @Pattern(regexp = "\\d{15}", message = "must be a 15-digit grid code") String gridCode,
            @QueryParam("overdue") Boolean overdue, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @Context SecurityContext security) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from " + from);
        }
        return RestResponse.ok(requests.list(new ServiceRequestService.Filter(status, mode, serviceType, gridCode,
                overdue, from, to), paging, Actor.of(security), ServiceRequestRoles.seesApplicants(security)));
    }

    @GET
    @Path("/statistics")
    @RolesAllowed(ServiceRequestRoles.STATISTICS)
    @Operation(summary = "The one-window figures of a year: requests by mode, service type and status, and the share "
            + "completed on time")
    public RestResponse<ServiceRequestStatistics.Figures> figures(@QueryParam("year") @NotNull @Year Integer year) {
        return RestResponse.ok(statistics.of(year));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(ServiceRequestRoles.READERS)
    @Operation(summary = "One request with its history (status notes included) and the steps allowed from its state")
    public RestResponse<ServiceRequestView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return answer(requests.get(id, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Accept the request (RECEIVED → ACCEPTED)")
    public RestResponse<ServiceRequestView> acceptance(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid Acceptance request,
            @Context SecurityContext security) {
        return answer(requests.accept(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Complete the request with its outcome (ACCEPTED → COMPLETED)")
    public RestResponse<ServiceRequestView> completion(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Completion request,
            @Context SecurityContext security) {
        return answer(requests.complete(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Reject the request with the reason (RECEIVED or ACCEPTED → REJECTED)")
    public RestResponse<ServiceRequestView> rejection(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Rejection request,
            @Context SecurityContext security) {
        return answer(requests.reject(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/referral")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Refer the request to another department, with the reason (RECEIVED or ACCEPTED → REFERRED)")
    public RestResponse<ServiceRequestView> referral(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Referral request,
            @Context SecurityContext security) {
        return answer(requests.refer(id, ifMatch, request, Actor.of(security)), security);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Add a status note to an open request (Open311's status_notes); the status stays")
    public RestResponse<ServiceRequestView> notes(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StatusNote request,
            @Context SecurityContext security) {
        return answer(requests.note(id, ifMatch, request, Actor.of(security)), security);
    }

    private RestResponse<ServiceRequestView> answer(ServiceRequest r, SecurityContext security) {
        return Answers.ok(requests.view(r, ServiceRequestRoles.seesApplicants(security)), r.version);
    }
}

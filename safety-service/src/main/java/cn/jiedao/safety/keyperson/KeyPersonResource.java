package cn.jiedao.safety.keyperson;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.audit.AuditLog.Accessor;
import cn.jiedao.safety.keyperson.KeyPersonViews.CloseSupervision;
import cn.jiedao.safety.keyperson.KeyPersonViews.DueVisit;
import cn.jiedao.safety.keyperson.KeyPersonViews.KeyPersonView;
import cn.jiedao.safety.keyperson.KeyPersonViews.ReEncryption;
import cn.jiedao.safety.keyperson.KeyPersonViews.RecordVisit;
import cn.jiedao.safety.keyperson.KeyPersonViews.RegisterKeyPerson;
import cn.jiedao.safety.keyperson.KeyPersonViews.Search;
import cn.jiedao.safety.keyperson.KeyPersonViews.VisitView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 重点人员: sensitive personal information (PIPL art. 28), encrypted at rest, masked for every role but a safety
 * officer who states a purpose ({@code X-Access-Purpose}), and every access audited.
 */
@Path("/api/safety/key-persons")
@Tag(name = "Key persons (重点人员)")
@Produces(MediaType.APPLICATION_JSON)
public class KeyPersonResource {

    private static final String PURPOSE = "Why the record is read in full, UTF-8 percent-encoded (%E8%B5%B0%E8%AE%BF "
            + "is 走访): a safety officer who states it sees the personal fields unmasked, and the purpose is audited";

    @Inject
    KeyPersonService people;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Register a key person; the guardian (mental disorder), term and supervision level "
            + "(community correction) or control status (drug user) as the category requires")
    public RestResponse<KeyPersonView> register(@Valid @NotNull RegisterKeyPerson request,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security, @Context UriInfo uri) {
        KeyPersonView view = people.register(request, Reader.of(security, purpose));
        return Answers.created(uri, view.id(), view, view.version());
    }

    @GET
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Key persons, latest registered first, by category, grid, status and risk level (masked "
            + "unless a safety officer states a purpose; each listed record is audited)")
    public RestResponse<PageResponse<KeyPersonView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("category") KeyPersonCategory category,
            @QueryParam("gridCode") @Pattern(regexp = "\\d{15}", message = "must be the 15-digit grid code") String gridCode,
            @QueryParam("status") KeyPersonStatus status, @QueryParam("riskLevel") RiskLevel riskLevel,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(people.list(new KeyPersonService.Filter(category, gridCode, status, riskLevel), paging,
                Reader.of(security, purpose)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One key person with the record's history (masked unless a safety officer states a "
            + "purpose; audited)")
    public RestResponse<KeyPersonView> get(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        KeyPersonView view = people.read(id, Reader.of(security, purpose));
        return Answers.ok(view, view.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Change a key person under supervision (the category stays), with If-Match")
    public RestResponse<KeyPersonView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegisterKeyPerson request,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        KeyPersonView view = people.update(id, ifMatch, request, Reader.of(security, purpose));
        return Answers.ok(view, view.version());
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "The records of a resident ID (in the body, never in a URL), found by its keyed hash; "
            + "audited whether found or not")
    public RestResponse<List<KeyPersonView>> search(@Valid @NotNull Search request,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(people.search(request.residentId(), Reader.of(security, purpose)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "End supervision (UNDER_SUPERVISION → CLOSED) with the reason; the personal fields are "
            + "erased after the retention period")
    public RestResponse<KeyPersonView> closure(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CloseSupervision request,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        KeyPersonView view = people.close(id, ifMatch, request, Reader.of(security, purpose));
        return Answers.ok(view, view.version());
    }

    @POST
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Record a visit (home visit, phone, talk) and its finding")
    public RestResponse<VisitView> visit(@PathParam("id") UUID id, @Valid @NotNull RecordVisit request,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        return RestResponse.status(RestResponse.Status.CREATED, people.recordVisit(id, request, Reader.of(security, purpose)));
    }

    @GET
    @Path("/{id}/visits")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "A key person's visits, latest first (findings masked unless a safety officer states a "
            + "purpose; audited)")
    public RestResponse<List<VisitView>> visits(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = PURPOSE) @HeaderParam(Reader.PURPOSE_HEADER) String purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(people.visits(id, Reader.of(security, purpose)));
    }

    @GET
    @Path("/visits/overdue")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Who is due a visit (due today or earlier, by the interval of category and risk level), "
            + "with the last visit and the due date, most overdue first")
    public RestResponse<PageResponse<DueVisit>> overdue(@Valid @BeanParam PageParams paging,
            @QueryParam("gridCode") @Pattern(regexp = "\\d{15}", message = "must be the 15-digit grid code") String gridCode,
            @Context SecurityContext security) {
        return RestResponse.ok(people.due(gridCode, paging, Reader.of(security, null)));
    }

    @POST
    @Path("/re-encryption")
    @RolesAllowed(Roles.STREET_ADMIN)
    @Operation(summary = "After a new primary key: encrypt every record and visit again under it, in batches, and "
            + "report how many were")
    public RestResponse<ReEncryption> reEncryption(@Context SecurityContext security) {
        return RestResponse.ok(people.reEncrypt(Accessor.of(security, null)));
    }
}

package cn.jiedao.safety.keyperson;

import static cn.jiedao.safety.keyperson.KeyPersonViews.GRID_CODE;
import static cn.jiedao.safety.keyperson.KeyPersonViews.GRID_CODE_MESSAGE;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    static final String CSV = "text/csv";

    static final String[] CSV_COLUMNS = {"id", "category", "status", "name", "residentId", "phone", "address",
        "gridCode", "riskLevel", "responsibleOfficer", "registeredOn", "closedOn"};

    @Inject
    KeyPersonService people;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Register a key person; the guardian (mental disorder), term and supervision level "
            + "(community correction) or control status (drug user) as the category requires")
    public RestResponse<KeyPersonView> register(@Valid @NotNull RegisterKeyPerson request,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security, @Context UriInfo uri) {
        KeyPersonView view = people.register(request, Reader.of(security, purpose.header));
        return Answers.created(uri, view.id(), view, view.version());
    }

    @GET
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Key persons, latest registered first, by category, grid, status and risk level (masked "
            + "unless a safety officer states a purpose; each listed record is audited)")
    public RestResponse<PageResponse<KeyPersonView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("category") KeyPersonCategory category,
            @QueryParam("gridCode") @Pattern(regexp = GRID_CODE, message = GRID_CODE_MESSAGE) String gridCode,
            @QueryParam("status") KeyPersonStatus status, @QueryParam("riskLevel") RiskLevel riskLevel,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(people.list(new KeyPersonService.Filter(category, gridCode, status, riskLevel), paging,
                Reader.of(security, purpose.header)));
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "The records of the filters as CSV (UTF-8 with a byte-order mark, for Excel), masked unless "
            + "a safety officer states a purpose; each exported record is audited")
    public RestResponse<StreamingOutput> export(@QueryParam("category") KeyPersonCategory category,
            @QueryParam("gridCode") @Pattern(regexp = GRID_CODE, message = GRID_CODE_MESSAGE) String gridCode,
            @QueryParam("status") KeyPersonStatus status, @QueryParam("riskLevel") RiskLevel riskLevel,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        List<KeyPersonView> all = people.export(new KeyPersonService.Filter(category, gridCode, status, riskLevel),
                Reader.of(security, purpose.header));
        StreamingOutput body = out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get().print(writer);
            for (KeyPersonView k : all) {
                printer.printRecord(k.id(), k.category(), k.status(), k.name(), k.residentId(), k.phone(), k.address(),
                        k.gridCode(), k.riskLevel(), k.responsibleOfficer(), k.registeredOn(), k.closedOn());
            }
            printer.flush();
        };
        return RestResponse.ResponseBuilder.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"key-persons.csv\"").build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One key person with the record's history (masked unless a safety officer states a "
            + "purpose; audited)")
    public RestResponse<KeyPersonView> get(@PathParam("id") UUID id,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        KeyPersonView view = people.read(id, Reader.of(security, purpose.header));
        return Answers.ok(view, view.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Change a key person under supervision (the category stays), with If-Match")
    public RestResponse<KeyPersonView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegisterKeyPerson request,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        KeyPersonView view = people.update(id, ifMatch, request, Reader.of(security, purpose.header));
        return Answers.ok(view, view.version());
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "The records of a resident ID (in the body, never in a URL), found by its keyed hash; "
            + "audited whether found or not")
    public RestResponse<List<KeyPersonView>> search(@Valid @NotNull Search request,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(people.search(request.residentId(), Reader.of(security, purpose.header)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "End supervision (UNDER_SUPERVISION → CLOSED) with the reason; the personal fields are "
            + "erased after the retention period")
    public RestResponse<KeyPersonView> closure(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CloseSupervision request,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        KeyPersonView view = people.close(id, ifMatch, request, Reader.of(security, purpose.header));
        return Answers.ok(view, view.version());
    }

    @POST
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Record a visit (home visit, phone, talk) and its finding")
    public RestResponse<VisitView> visit(@PathParam("id") UUID id, @Valid @NotNull RecordVisit request,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        return RestResponse.status(RestResponse.Status.CREATED,
                people.recordVisit(id, request, Reader.of(security, purpose.header)));
    }

    @GET
    @Path("/{id}/visits")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "A key person's visits, latest first (findings masked unless a safety officer states a "
            + "purpose; audited)")
    public RestResponse<List<VisitView>> visits(@PathParam("id") UUID id,
            @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(people.visits(id, Reader.of(security, purpose.header)));
    }

    @GET
    @Path("/visits/overdue")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Who is due a visit (due today or earlier, by the interval of category and risk level), "
            + "with the last visit and the due date, most overdue first")
    public RestResponse<PageResponse<DueVisit>> overdue(@Valid @BeanParam PageParams paging,
            @QueryParam("gridCode") @Pattern(regexp = GRID_CODE, message = GRID_CODE_MESSAGE) String gridCode,
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

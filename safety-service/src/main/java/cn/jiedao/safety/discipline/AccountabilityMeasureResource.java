package cn.jiedao.safety.discipline;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.discipline.DisciplineViews.MeasureView;
import cn.jiedao.safety.discipline.DisciplineViews.Person;
import cn.jiedao.safety.discipline.DisciplineViews.RecordMeasure;
import cn.jiedao.safety.keyperson.AccessPurpose;
import cn.jiedao.safety.keyperson.Reader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 问责处理: accountability measures of the four forms about persons concerned. The person's name and resident ID
 * are masked for every role but a discipline officer who states a purpose ({@code X-Access-Purpose}), and every
 * access is audited.
 */
@Path("/api/safety/discipline/measures")
@Tag(name = "Discipline supervision (作风建设)")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityMeasureResource {

    @Inject
    AccountabilityMeasureService measures;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record an accountability measure (问责处理) about a person concerned; its form follows from "
            + "the measure (四种形态)")
    public RestResponse<MeasureView> record(@Valid @NotNull RecordMeasure request, @BeanParam AccessPurpose purpose,
            @Context SecurityContext security, @Context UriInfo uri) {
        MeasureView view = measures.record(request, reader(security, purpose));
        return Answers.created(uri, view.id(), view, view.version());
    }

    @GET
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "Measures, latest decided first, by measure, form, unit, supervision check and the dates "
            + "decided (inclusive); masked unless a discipline officer states a purpose; each listed one audited")
    public RestResponse<PageResponse<MeasureView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("measure") DisciplineMeasure measure, @QueryParam("form") MeasureForm form,
            @QueryParam("unit") @Size(max = 200) String unit, @QueryParam("supervisionCheckId") UUID supervisionCheckId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(measures.list(new AccountabilityMeasureService.Filter(measure, form, unit,
                supervisionCheckId, from, to), paging, reader(security, purpose)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "One measure (masked unless a discipline officer states a purpose; audited)")
    public RestResponse<MeasureView> get(@PathParam("id") UUID id, @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        MeasureView view = measures.read(id, reader(security, purpose));
        return Answers.ok(view, view.version());
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "The measures about one person (in the body, never in a URL): the same resident ID or, "
            + "without one, the same name in the same unit, found by keyed hash; audited whether found or not")
    public RestResponse<List<MeasureView>> search(@Valid @NotNull Person request, @BeanParam AccessPurpose purpose,
            @Context SecurityContext security) {
        return RestResponse.ok(measures.ofPerson(request, reader(security, purpose)));
    }

    private static Reader reader(SecurityContext security, AccessPurpose purpose) {
        return Reader.of(security, purpose.header, Roles.DISCIPLINE_OFFICER);
    }
}

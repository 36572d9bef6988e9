package cn.jiedao.safety.outreach;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.outreach.OutreachViews.FraudMonth;
import cn.jiedao.safety.outreach.OutreachViews.FraudYear;
import cn.jiedao.safety.outreach.OutreachViews.OutreachView;
import cn.jiedao.safety.outreach.OutreachViews.RecordOutreach;
import cn.jiedao.safety.outreach.OutreachViews.ReportCases;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/safety")
@Tag(name = "Anti-fraud and outreach (反诈与宣传教育)")
@Produces(MediaType.APPLICATION_JSON)
public class OutreachResource {

    @Inject
    OutreachService outreach;

    @POST
    @Path("/outreach-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.GRID_WORKER})
    @Operation(summary = "Record an outreach event: anti-telecom-fraud publicity, legal education in a school, "
            + "safety training")
    public RestResponse<OutreachView> record(@Valid @NotNull RecordOutreach request,
            @Context SecurityContext security, @Context UriInfo uri) {
        OutreachEvent e = outreach.record(request, Actor.of(security));
        return Answers.created(uri, e.id, OutreachView.of(e));
    }

    @GET
    @Path("/outreach-events/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One outreach event")
    public RestResponse<OutreachView> get(@PathParam("id") UUID id) {
        return RestResponse.ok(OutreachView.of(outreach.get(id)));
    }

    @GET
    @Path("/outreach-events")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Outreach events, latest first, by kind and dates held (inclusive)")
    public RestResponse<PageResponse<OutreachView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") OutreachKind kind, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return RestResponse.ok(outreach.list(kind, from, to, paging));
    }

    @PUT
    @Path("/telecom-fraud-cases/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.POLICE_SYSTEM, Roles.SAFETY_OFFICER})
    @Operation(summary = "The police's count of telecom-fraud cases for a month that is over (YYYY-MM); a "
            + "correction sends If-Match with the month's ETag")
    public RestResponse<FraudMonth> report(
            @PathParam("month") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month YYYY-MM")
            String month, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReportCases request,
            @Context SecurityContext security) {
        TelecomFraudMonth m = outreach.report(YearMonth.parse(month), ifMatch, request.cases(), Actor.of(security));
        FraudMonth view = outreach.year(Integer.parseInt(month.substring(0, 4))).months()
                .get(Integer.parseInt(month.substring(5)) - 1);
        return Answers.ok(view, m.version);
    }

    @GET
    @Path("/telecom-fraud-cases")
    @RolesAllowed(SafetyRoles.STATISTICS)
    @Operation(summary = "A year's telecom-fraud cases by month, each against the same month a year before, and the "
            + "year to date (through the last month reported) year on year")
    public RestResponse<FraudYear> year(@QueryParam("year") @NotNull @Year Integer year) {
        return RestResponse.ok(outreach.year(year));
    }
}

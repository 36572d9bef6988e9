package cn.jiedao.hub.volunteer;

import cn.jiedao.hub.volunteer.VolunteerViews.ActivityView;
import cn.jiedao.hub.volunteer.VolunteerViews.Hours;
import cn.jiedao.hub.volunteer.VolunteerViews.RecordActivity;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub")
@Tag(name = "Volunteers (志愿服务)")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerActivityResource {

    @Inject
    VolunteerService volunteers;

    @POST
    @Path("/volunteer-activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(VolunteerRoles.WRITERS)
    @Operation(summary = "Record a team's activity with the hours of each volunteer who served; one naming a "
            + "dispute's case number (disputeCaseNo) is announced on hub.volunteer-events for mediation")
    public RestResponse<ActivityView> record(@Valid @NotNull RecordActivity request,
            @Context SecurityContext security, @Context UriInfo uri) {
        VolunteerActivity a = volunteers.record(request, Actor.of(security));
        return Answers.created(uri, a.id, volunteers.activity(a.id));
    }

    @GET
    @Path("/volunteer-activities")
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "Volunteer activities, latest first, by team, kind, the dates held (inclusive), a dispute's "
            + "case number, or whether they helped settle a dispute")
    public RestResponse<PageResponse<ActivityView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("teamId") UUID teamId, @QueryParam("kind") VolunteerActivityKind kind,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("disputeCaseNo") @Pattern(regexp = VolunteerViews.CASE_NO,
                    message = "must be a mediation case number such as TJ-2023-00001") String disputeCaseNo,
            @QueryParam("helpedDispute") Boolean helpedDispute) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from " + from);
        }
        return RestResponse.ok(volunteers.activities(new VolunteerService.ActivityFilter(teamId, kind, from, to,
                disputeCaseNo, helpedDispute), paging));
    }

    @GET
    @Path("/volunteer-activities/{id}")
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "One volunteer activity with the hours of each volunteer")
    public RestResponse<ActivityView> get(@PathParam("id") UUID id) {
        return RestResponse.ok(volunteers.activity(id));
    }

    @GET
    @Path("/volunteer-hours")
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "Hours served in a year per team and per volunteer (optionally of one team), from the "
            + "activities held in it")
    public RestResponse<Hours> hours(@QueryParam("year") @NotNull @Year Integer year,
            @QueryParam("teamId") UUID teamId) {
        return RestResponse.ok(volunteers.hours(year, teamId));
    }
}

package cn.jiedao.safety.discipline;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.discipline.DisciplineViews.IntegrityWorkView;
import cn.jiedao.safety.discipline.DisciplineViews.OpenReadingCorner;
import cn.jiedao.safety.discipline.DisciplineViews.ReadingCornerView;
import cn.jiedao.safety.discipline.DisciplineViews.RecordIntegrityWork;
import cn.jiedao.safety.discipline.DisciplineViews.RecordStudyMeeting;
import cn.jiedao.safety.discipline.DisciplineViews.StudyMeetingView;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 廉洁文化: integrity works collected, reading corners (勤廉书屋) at service points, study meetings. */
@Path("/api/safety/discipline")
@Tag(name = "Discipline supervision (作风建设)")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityCultureResource {

    @Inject
    IntegrityCultureService culture;

    @POST
    @Path("/integrity-works")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record an integrity-culture work collected (廉洁文化作品): an object, an art creation, a video")
    public RestResponse<IntegrityWorkView> recordWork(@Valid @NotNull RecordIntegrityWork request,
            @Context UriInfo uri) {
        IntegrityWorkView view = culture.recordWork(request);
        return Answers.created(uri, view.id(), view);
    }

    @GET
    @Path("/integrity-works")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "Integrity works, latest collected first, by kind and the dates collected (inclusive)")
    public RestResponse<PageResponse<IntegrityWorkView>> works(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") IntegrityWorkKind kind, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return RestResponse.ok(culture.works(kind, from, to, paging));
    }

    @GET
    @Path("/integrity-works/{id}")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "One integrity work")
    public RestResponse<IntegrityWorkView> work(@PathParam("id") UUID id) {
        return RestResponse.ok(culture.work(id));
    }

    @POST
    @Path("/reading-corners")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record a reading corner (勤廉书屋) at a services-hub service point, by the point's code "
            + "(one corner a point, 409)")
    public RestResponse<ReadingCornerView> openCorner(@Valid @NotNull OpenReadingCorner request,
            @Context UriInfo uri) {
        ReadingCornerView view = culture.openCorner(request);
        return Answers.created(uri, view.id(), view);
    }

    @GET
    @Path("/reading-corners")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "Reading corners, earliest opened first, by service point")
    public RestResponse<PageResponse<ReadingCornerView>> corners(@Valid @BeanParam PageParams paging,
            @QueryParam("servicePointCode") @Pattern(regexp = DisciplineViews.SERVICE_POINT_CODE,
                    message = "must be a service point's code") String servicePointCode) {
        return RestResponse.ok(culture.corners(servicePointCode, paging));
    }

    @GET
    @Path("/reading-corners/{id}")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "One reading corner")
    public RestResponse<ReadingCornerView> corner(@PathParam("id") UUID id) {
        return RestResponse.ok(culture.corner(id));
    }

    @POST
    @Path("/study-meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record a study meeting (学习会): theory, business exchange, discipline lecture, case "
            + "exchange")
    public RestResponse<StudyMeetingView> recordMeeting(@Valid @NotNull RecordStudyMeeting request,
            @Context UriInfo uri) {
        StudyMeetingView view = culture.recordMeeting(request);
        return Answers.created(uri, view.id(), view);
    }

    @GET
    @Path("/study-meetings")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "Study meetings, latest held first, by kind and the dates held (inclusive)")
    public RestResponse<PageResponse<StudyMeetingView>> meetings(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") StudyMeetingKind kind, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return RestResponse.ok(culture.meetings(kind, from, to, paging));
    }

    @GET
    @Path("/study-meetings/{id}")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "One study meeting")
    public RestResponse<StudyMeetingView> meeting(@PathParam("id") UUID id) {
        return RestResponse.ok(culture.meeting(id));
    }
}

package cn.jiedao.hub.servicepoint;

import cn.jiedao.hub.servicepoint.ServicePointViews.OnDutyView;
import cn.jiedao.hub.servicepoint.ServicePointViews.RecordShift;
import cn.jiedao.hub.servicepoint.ServicePointViews.RegisterServicePoint;
import cn.jiedao.hub.servicepoint.ServicePointViews.RosterGapsView;
import cn.jiedao.hub.servicepoint.ServicePointViews.ServicePointView;
import cn.jiedao.hub.servicepoint.ServicePointViews.ShiftView;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/service-points")
@Tag(name = "Service points and duty rosters (服务阵地与值班)")
@Produces(MediaType.APPLICATION_JSON)
public class ServicePointResource {

    @Inject
    ServicePointService points;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Register a service point with its opening hours per weekday (extended hours as more "
            + "intervals), its services and the staff it needs on duty while open")
    public RestResponse<ServicePointView> register(@Valid @NotNull RegisterServicePoint request, @Context UriInfo uri) {
        ServicePoint p = points.register(request);
        return Answers.created(uri, p.id, ServicePointView.of(p), p.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Replace a service point's details and hours (If-Match with its ETag)")
    public RestResponse<ServicePointView> replace(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegisterServicePoint request) {
        ServicePoint p = points.replace(id, ifMatch, request);
        return Answers.ok(ServicePointView.of(p), p.version);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One service point")
    public RestResponse<ServicePointView> get(@PathParam("id") UUID id) {
        ServicePoint p = points.find(id);
        return Answers.ok(ServicePointView.of(p), p.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Service points by name, filtered by type and community")
    public RestResponse<PageResponse<ServicePointView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("type") ServicePointType type, @QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(points.list(type, communityCode, paging).map(ServicePointView::of));
    }

    @POST
    @Path("/{id}/shifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Put staff on duty at the service point on a day, from a time to a time")
    public RestResponse<ShiftView> recordShift(@PathParam("id") UUID id, @Valid @NotNull RecordShift request,
            @Context UriInfo uri, @Context SecurityContext security) {
        Shift s = points.record(id, request, Actor.of(security));
        return Answers.created(uri, s.id, ShiftView.of(s));
    }

    @GET
    @Path("/{id}/shifts")
    @Authenticated
    @Operation(summary = "The service point's shifts from one day to another (both included)")
    public RestResponse<List<ShiftView>> shifts(@PathParam("id") UUID id, @NotNull @QueryParam("from") LocalDate from,
            @NotNull @QueryParam("to") LocalDate to) {
        return RestResponse.ok(points.shifts(id, from, to).stream().map(ShiftView::of).toList());
    }

    @GET
    @Path("/{id}/roster-gaps")
    @Authenticated
    @Operation(summary = "The opening hours of a month (month=2023-10) not covered by the staff required, day by day; "
            + "none is a month of 365天不打烊")
    public RestResponse<RosterGapsView> gaps(@PathParam("id") UUID id, @QueryParam("month") String month) {
        return RestResponse.ok(points.gaps(id, month));
    }

    @GET
    @Path("/{id}/on-duty")
    @Authenticated
    @Operation(summary = "Who is on duty at a moment (at=2023-10-01T09:00:00+08:00; absent: now) and whether the "
            + "point is open then")
    public RestResponse<OnDutyView> onDuty(@PathParam("id") UUID id, @QueryParam("at") String at) {
        return RestResponse.ok(points.onDuty(id, at));
    }
}

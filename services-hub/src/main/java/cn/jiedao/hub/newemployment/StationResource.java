package cn.jiedao.hub.newemployment;

import cn.jiedao.hub.newemployment.StationViews.RecordVisit;
import cn.jiedao.hub.newemployment.StationViews.RegisterStation;
import cn.jiedao.hub.newemployment.StationViews.StationView;
import cn.jiedao.hub.newemployment.StationViews.VisitView;
import cn.jiedao.hub.newemployment.StationViews.VisitsView;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.validation.Year;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/new-employment-stations")
@Tag(name = "New-employment workers (新就业群体)")
@Produces(MediaType.APPLICATION_JSON)
public class StationResource {

    @Inject
    StationService stations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Register a station serving couriers and delivery riders")
    public RestResponse<StationView> register(@Valid @NotNull RegisterStation request, @Context UriInfo uri) {
        NewEmploymentStation s = stations.register(request);
        return Answers.created(uri, s.id, StationView.of(s), s.version);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One new-employment station")
    public RestResponse<StationView> get(@PathParam("id") UUID id) {
        NewEmploymentStation s = stations.find(id);
        return Answers.ok(StationView.of(s), s.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "New-employment stations by name, filtered by community")
    public RestResponse<PageResponse<StationView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(stations.list(communityCode, paging).map(StationView::of));
    }

    @POST
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Record the visitors of one kind a station served on a day")
    public RestResponse<VisitView> recordVisit(@PathParam("id") UUID id, @Valid @NotNull RecordVisit request,
            @Context UriInfo uri, @Context SecurityContext security) {
        StationVisit v = stations.record(id, request, Actor.of(security));
        return Answers.created(uri, v.id, VisitView.of(v));
    }

    @GET
    @Path("/{id}/visits")
    @Authenticated
    @Operation(summary = "The station's visitors month by month of a year, in all and by kind of worker")
    public RestResponse<VisitsView> visits(@PathParam("id") UUID id, @NotNull @Year @QueryParam("year") Integer year) {
        return RestResponse.ok(stations.visits(id, year));
    }
}

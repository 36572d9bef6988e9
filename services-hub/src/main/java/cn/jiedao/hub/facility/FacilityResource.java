package cn.jiedao.hub.facility;

import cn.jiedao.hub.facility.FacilityViews.FacilityView;
import cn.jiedao.hub.facility.FacilityViews.RecordWork;
import cn.jiedao.hub.facility.FacilityViews.RegisterFacility;
import cn.jiedao.hub.facility.FacilityViews.WorkView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub")
@Tag(name = "Community facilities (社区设施)")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService facilities;

    @POST
    @Path("/facilities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Register an EV charging pile site or EV shed of a compound, with its installation date, "
            + "capacity and status")
    public RestResponse<FacilityView> register(@Valid @NotNull RegisterFacility request, @Context UriInfo uri) {
        Facility f = facilities.register(request);
        return Answers.created(uri, f.id, FacilityView.of(f), f.version);
    }

    @PUT
    @Path("/facilities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Replace a facility's details, e.g. its status (If-Match with its ETag)")
    public RestResponse<FacilityView> replace(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegisterFacility request) {
        Facility f = facilities.replace(id, ifMatch, request);
        return Answers.ok(FacilityView.of(f), f.version);
    }

    @GET
    @Path("/facilities/{id}")
    @Authenticated
    @Operation(summary = "One facility")
    public RestResponse<FacilityView> get(@PathParam("id") UUID id) {
        Facility f = facilities.find(id);
        return Answers.ok(FacilityView.of(f), f.version);
    }

    @GET
    @Path("/facilities")
    @Authenticated
    @Operation(summary = "Facilities by name, filtered by type, status and compound")
    public RestResponse<PageResponse<FacilityView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("type") FacilityType type, @QueryParam("status") FacilityStatus status,
            @QueryParam("compoundId") UUID compoundId) {
        return RestResponse.ok(facilities.list(type, status, compoundId, paging).map(FacilityView::of));
    }

    @POST
    @Path("/community-works")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Record a work done for residents (street lamps, roads), naming the case number of the "
            + "resident request it answers")
    public RestResponse<WorkView> recordWork(@Valid @NotNull RecordWork request, @Context UriInfo uri,
            @Context SecurityContext security) {
        CommunityWork w = facilities.record(request, Actor.of(security));
        return Answers.created(uri, w.id, WorkView.of(w));
    }

    @GET
    @Path("/community-works")
    @Authenticated
    @Operation(summary = "Works, latest first, filtered by kind, community or the request's case number")
    public RestResponse<PageResponse<WorkView>> works(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") WorkKind kind, @QueryParam("communityCode") String communityCode,
            @QueryParam("requestCaseNo") String requestCaseNo) {
        return RestResponse.ok(facilities.works(kind, communityCode, requestCaseNo, paging).map(WorkView::of));
    }
}

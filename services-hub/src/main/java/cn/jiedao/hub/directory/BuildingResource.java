package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.BuildingView;
import cn.jiedao.hub.directory.DirectoryViews.HouseholdView;
import cn.jiedao.hub.directory.DirectoryViews.RegisterBuilding;
import cn.jiedao.hub.directory.DirectoryViews.RegisterHousehold;
import cn.jiedao.kernel.security.Actor;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/buildings")
@Tag(name = "Grid directory (网格目录)")
@Produces(MediaType.APPLICATION_JSON)
public class BuildingResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HubRoles.RECORDERS)
    @Operation(summary = "Register a building (楼栋) of a grid; a grid worker registers in their grids; 409 when the "
            + "grid has a building of that name")
    public RestResponse<BuildingView> register(@Valid @NotNull RegisterBuilding request, @Context UriInfo uri,
            @Context SecurityContext security) {
        Building b = directory.register(request, Actor.of(security));
        return Answers.created(uri, b.id, BuildingView.of(b), b.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HubRoles.RECORDERS)
    @Operation(summary = "Replace a building's details (If-Match with its ETag); a grid worker in their grids")
    public RestResponse<BuildingView> replace(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegisterBuilding request,
            @Context SecurityContext security) {
        Building b = directory.replace(id, ifMatch, request, Actor.of(security));
        return Answers.ok(BuildingView.of(b), b.version);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One building")
    public RestResponse<BuildingView> get(@PathParam("id") UUID id) {
        Building b = directory.building(id);
        return Answers.ok(BuildingView.of(b), b.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Buildings by grid and name, filtered by grid or community")
    public RestResponse<PageResponse<BuildingView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("gridCode") String gridCode, @QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(directory.buildings(gridCode, communityCode, paging).map(BuildingView::of));
    }

    @POST
    @Path("/{id}/party-member-households")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HubRoles.RECORDERS)
    @Operation(summary = "Register a party-member household (党员户) of the building; a grid worker in their grids; "
            + "409 when the room is registered")
    public RestResponse<HouseholdView> registerHousehold(@PathParam("id") UUID id,
            @Valid @NotNull RegisterHousehold request, @Context UriInfo uri, @Context SecurityContext security) {
        PartyMemberHousehold h = directory.register(id, request, Actor.of(security));
        return Answers.created(uri, h.id, HouseholdView.of(h));
    }

    @GET
    @Path("/{id}/party-member-households")
    @Authenticated
    @Operation(summary = "The building's party-member households by room")
    public RestResponse<List<HouseholdView>> households(@PathParam("id") UUID id) {
        return RestResponse.ok(directory.households(id).stream().map(HouseholdView::of).toList());
    }
}

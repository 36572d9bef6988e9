package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.PartyBranchView;
import cn.jiedao.hub.directory.DirectoryViews.RegisterPartyBranch;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/party-branches")
@Tag(name = "Party organisation (党组织)")
@Produces(MediaType.APPLICATION_JSON)
public class PartyBranchResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Record a grid party branch or group (网格党支部/党小组) with its grid")
    public RestResponse<PartyBranchView> register(@Valid @NotNull RegisterPartyBranch request, @Context UriInfo uri) {
        PartyBranch b = directory.register(request);
        return Answers.created(uri, b.id, PartyBranchView.of(b), b.version);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One party branch or group")
    public RestResponse<PartyBranchView> get(@PathParam("id") UUID id) {
        PartyBranch b = directory.partyBranch(id);
        return Answers.ok(PartyBranchView.of(b), b.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Party branches and groups, filtered by grid, community or kind")
    public RestResponse<PageResponse<PartyBranchView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("gridCode") String gridCode, @QueryParam("communityCode") String communityCode,
            @QueryParam("kind") PartyBranchKind kind) {
        return RestResponse.ok(directory.partyBranches(gridCode, communityCode, kind, paging).map(PartyBranchView::of));
    }
}

package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.GridView;
import cn.jiedao.hub.directory.DirectoryViews.RegisterGrid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/grids")
@Tag(name = "Grid directory (网格目录)")
@Produces(MediaType.APPLICATION_JSON)
public class GridResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Register a grid (网格) by its 15-digit code, which begins with its community's code")
    public RestResponse<GridView> register(@Valid @NotNull RegisterGrid request, @Context UriInfo uri) {
        Grid g = directory.register(request);
        return Answers.created(uri, g.code, GridView.of(g), g.version);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "One grid by its code")
    public RestResponse<GridView> get(@PathParam("code") String code) {
        Grid g = directory.grid(code);
        return Answers.ok(GridView.of(g), g.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Grids by code, filtered by community")
    public RestResponse<PageResponse<GridView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(directory.grids(communityCode, paging).map(GridView::of));
    }
}

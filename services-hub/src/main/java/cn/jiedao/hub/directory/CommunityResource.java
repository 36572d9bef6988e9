package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.CommunityView;
import cn.jiedao.hub.directory.DirectoryViews.RegisterCommunity;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/communities")
@Tag(name = "Grid directory (网格目录)")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Register a community (社区) by its 12-digit code; 409 when the code is registered")
    public RestResponse<CommunityView> register(@Valid @NotNull RegisterCommunity request, @Context UriInfo uri) {
        Community c = directory.register(request);
        return Answers.created(uri, c.code, CommunityView.of(c), c.version);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "One community by its code")
    public RestResponse<CommunityView> get(@PathParam("code") String code) {
        Community c = directory.community(code);
        return Answers.ok(CommunityView.of(c), c.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Communities by code")
    public RestResponse<PageResponse<CommunityView>> list(@Valid @BeanParam PageParams paging) {
        return RestResponse.ok(directory.communities(paging).map(CommunityView::of));
    }
}

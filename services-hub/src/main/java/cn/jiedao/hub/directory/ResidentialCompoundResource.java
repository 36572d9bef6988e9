package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.CompoundView;
import cn.jiedao.hub.directory.DirectoryViews.Coverage;
import cn.jiedao.hub.directory.DirectoryViews.RegisterCompound;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/residential-compounds")
@Tag(name = "Grid directory (网格目录)")
@Produces(MediaType.APPLICATION_JSON)
public class ResidentialCompoundResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Register a residential compound (小区) with its property company and, if one is formed, "
            + "the red property committee covering it")
    public RestResponse<CompoundView> register(@Valid @NotNull RegisterCompound request, @Context UriInfo uri) {
        ResidentialCompound c = directory.register(request);
        return Answers.created(uri, c.id, CompoundView.of(c), c.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Replace a compound's details (If-Match with its ETag), e.g. when a committee comes to cover it")
    public RestResponse<CompoundView> replace(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegisterCompound request) {
        ResidentialCompound c = directory.replace(id, ifMatch, request);
        return Answers.ok(CompoundView.of(c), c.version);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One residential compound")
    public RestResponse<CompoundView> get(@PathParam("id") UUID id) {
        ResidentialCompound c = directory.compound(id);
        return Answers.ok(CompoundView.of(c), c.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Compounds by name, filtered by community and whether a red property committee covers them")
    public RestResponse<PageResponse<CompoundView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("communityCode") String communityCode,
            @QueryParam("redPropertyCommittee") Boolean covered) {
        return RestResponse.ok(directory.compounds(communityCode, covered, paging).map(CompoundView::of));
    }

    @GET
    @Path("/coverage")
    @Authenticated
    @Operation(summary = "Red property committee coverage: compounds covered / all compounds, of a community or the "
            + "street, derived from the compounds")
    public RestResponse<Coverage> coverage(@QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(directory.coverage(communityCode));
    }
}

package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.CommitteeView;
import cn.jiedao.hub.directory.DirectoryViews.FormCommittee;
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

@Path("/api/hub/red-property-committees")
@Tag(name = "Party organisation (党组织)")
@Produces(MediaType.APPLICATION_JSON)
public class RedPropertyCommitteeResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Record a red property committee (红色物业管理委员会) formed in a community, with the compounds "
            + "it covers")
    public RestResponse<CommitteeView> form(@Valid @NotNull FormCommittee request, @Context UriInfo uri) {
        CommitteeView c = directory.form(request);
        return Answers.created(uri, c.id(), c, c.version());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One red property committee with the compounds it covers")
    public RestResponse<CommitteeView> get(@PathParam("id") UUID id) {
        RedPropertyCommittee c = directory.committee(id);
        return Answers.ok(directory.view(c), c.version);
    }

    @GET
    @Authenticated
    @Operation(summary = "Red property committees by name, filtered by community")
    public RestResponse<PageResponse<CommitteeView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(directory.committees(communityCode, paging));
    }
}

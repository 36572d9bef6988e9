package cn.jiedao.hub.volunteer;

import cn.jiedao.hub.volunteer.VolunteerViews.RegisterTeam;
import cn.jiedao.hub.volunteer.VolunteerViews.TeamView;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/volunteer-teams")
@Tag(name = "Volunteers (志愿服务)")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerTeamResource {

    @Inject
    VolunteerService volunteers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(VolunteerRoles.WRITERS)
    @Operation(summary = "Register a volunteer team (志愿服务队) with the day it was founded; a name is registered once")
    public RestResponse<TeamView> register(@Valid @NotNull RegisterTeam request, @Context UriInfo uri) {
        VolunteerTeam t = volunteers.registerTeam(request);
        return Answers.created(uri, t.id, volunteers.view(t), t.version);
    }

    @GET
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "Volunteer teams by name, optionally of one community, with their number of volunteers")
    public RestResponse<PageResponse<TeamView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("communityCode") @Pattern(regexp = "\\d{12}", message = "must be a 12-digit community code")
            String communityCode) {
        return RestResponse.ok(volunteers.teams(communityCode, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "One volunteer team")
    public RestResponse<TeamView> get(@PathParam("id") UUID id) {
        VolunteerTeam t = volunteers.team(id);
        return Answers.ok(volunteers.view(t), t.version);
    }
}

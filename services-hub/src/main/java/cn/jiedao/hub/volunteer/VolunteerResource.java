package cn.jiedao.hub.volunteer;

import cn.jiedao.hub.volunteer.VolunteerViews.RegisterVolunteer;
import cn.jiedao.hub.volunteer.VolunteerViews.VolunteerView;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
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

/** Volunteers; their phone numbers are masked for every role but hub staff. */
@Path("/api/hub/volunteers")
@Tag(name = "Volunteers (志愿服务)")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    VolunteerService volunteers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(VolunteerRoles.WRITERS)
    @Operation(summary = "Register a volunteer (志愿者) in a team")
    public RestResponse<VolunteerView> register(@Valid @NotNull RegisterVolunteer request,
            @Context SecurityContext security, @Context UriInfo uri) {
        Volunteer v = volunteers.registerVolunteer(request);
        return Answers.created(uri, v.id, VolunteerView.of(v, VolunteerRoles.seesPhones(security)), v.version);
    }

    @GET
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "Volunteers by name, optionally of one team; phones masked but for hub staff")
    public RestResponse<PageResponse<VolunteerView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("teamId") UUID teamId, @Context SecurityContext security) {
        return RestResponse.ok(volunteers.volunteers(teamId, paging, VolunteerRoles.seesPhones(security)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(VolunteerRoles.READERS)
    @Operation(summary = "One volunteer; the phone masked but for hub staff")
    public RestResponse<VolunteerView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        Volunteer v = volunteers.volunteer(id);
        return Answers.ok(VolunteerView.of(v, VolunteerRoles.seesPhones(security)), v.version);
    }
}

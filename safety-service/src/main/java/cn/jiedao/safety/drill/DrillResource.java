package cn.jiedao.safety.drill;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.drill.DrillViews.DrillView;
import cn.jiedao.safety.drill.DrillViews.RecordDrill;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/safety/drills")
@Tag(name = "Emergency drills (应急演练)")
@Produces(MediaType.APPLICATION_JSON)
public class DrillResource {

    @Inject
    DrillService drills;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAFETY_OFFICER)
    @Operation(summary = "Record an emergency drill; each finding opens a hazard at the drill's site")
    public RestResponse<DrillView> record(@Valid @NotNull RecordDrill request, @Context SecurityContext security,
            @Context UriInfo uri) {
        DrillView view = drills.record(request, Actor.of(security));
        return Answers.created(uri, view.id(), view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One drill with the hazards it opened")
    public RestResponse<DrillView> get(@PathParam("id") UUID id) {
        return RestResponse.ok(drills.get(id));
    }

    @GET
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Drills, latest first, by kind, site or dates held (inclusive)")
    public RestResponse<PageResponse<DrillView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") DrillKind kind, @QueryParam("siteId") UUID siteId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return RestResponse.ok(drills.list(kind, siteId, from, to, paging));
    }
}

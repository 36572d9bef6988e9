package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/mediation/disputes")
@Tag(name = "Disputes")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.GRID_WORKER})
    @Operation(summary = "Register a dispute from any intake channel; answers its id, case number and status")
    public Response register(@Valid @NotNull RegisterDispute request, @Context SecurityContext security,
            @Context UriInfo uri) {
        Dispute d = disputes.register(request, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(d.id.toString()).build())
                .entity(DisputeView.of(d))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.GRID_WORKER, Roles.LEADER})
    @Operation(summary = "One dispute")
    public DisputeView get(@PathParam("id") UUID id) {
        return DisputeView.of(disputes.get(id));
    }
}

package cn.jiedao.mediation.room;

import cn.jiedao.kernel.security.Roles;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/mediation")
@Tag(name = "Rooms and mediators")
@Produces(MediaType.APPLICATION_JSON)
public class RoomsResource {

    @Inject
    RoomsAndMediators service;

    @POST
    @Path("/mediators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STREET_ADMIN)
    @Operation(summary = "Register a mediator with their specialities")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomsAndMediators.MediatorView.class)))
    public Response registerMediator(@Valid @NotNull RoomsAndMediators.RegisterMediator request, @Context UriInfo uri) {
        RoomsAndMediators.MediatorView m = service.registerMediator(request);
        return Response.created(uri.getAbsolutePathBuilder().path(m.id().toString()).build()).entity(m).build();
    }

    @GET
    @Path("/mediators")
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "Mediators with their open caseload")
    public PageResponse<RoomsAndMediators.MediatorView> mediators(
            @Valid @BeanParam PageParams paging) {
        return service.mediators(paging.page, paging.size);
    }

    @GET
    @Path("/mediators/{id}")
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "One mediator with their open caseload")
    public RoomsAndMediators.MediatorView mediator(@PathParam("id") UUID id) {
        return service.mediator(id);
    }

    @POST
    @Path("/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STREET_ADMIN)
    @Operation(summary = "Register a mediation room (调解室) with its lead mediator")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomsAndMediators.RoomView.class)))
    public Response registerRoom(@Valid @NotNull RoomsAndMediators.RegisterRoom request) {
        return Response.status(Response.Status.CREATED).entity(service.registerRoom(request)).build();
    }

    @GET
    @Path("/rooms")
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "Mediation rooms with their lead mediator and open caseload")
    public PageResponse<RoomsAndMediators.RoomView> rooms(
            @Valid @BeanParam PageParams paging) {
        return service.rooms(paging.page, paging.size);
    }
}

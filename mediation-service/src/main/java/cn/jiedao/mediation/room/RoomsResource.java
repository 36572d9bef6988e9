package cn.jiedao.mediation.room;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.mediation.MediationRoles;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    public RestResponse<RoomsAndMediators.MediatorView> registerMediator(
            @Valid @NotNull RoomsAndMediators.RegisterMediator request, @Context UriInfo uri) {
        RoomsAndMediators.MediatorView m = service.registerMediator(request);
        return Answers.created(uri, m.id(), m);
    }

    @GET
    @Path("/mediators")
    @RolesAllowed(MediationRoles.OFFICE)
    @Operation(summary = "Mediators with their open caseload")
    public PageResponse<RoomsAndMediators.MediatorView> mediators(@Valid @BeanParam PageParams paging) {
        return service.mediators(paging);
    }

    @GET
    @Path("/mediators/{id}")
    @RolesAllowed(MediationRoles.OFFICE)
    @Operation(summary = "One mediator with their open caseload")
    public RestResponse<RoomsAndMediators.MediatorView> mediator(@PathParam("id") UUID id) {
        return RestResponse.ok(service.mediator(id));
    }

    @POST
    @Path("/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STREET_ADMIN)
    @Operation(summary = "Register a mediation room (调解室) with its lead mediator")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomsAndMediators.RoomView.class)))
    public RestResponse<RoomsAndMediators.RoomView> registerRoom(@Valid @NotNull RoomsAndMediators.RegisterRoom request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.registerRoom(request));
    }

    @GET
    @Path("/rooms")
    @RolesAllowed(MediationRoles.OFFICE)
    @Operation(summary = "Mediation rooms with their lead mediator and open caseload")
    public PageResponse<RoomsAndMediators.RoomView> rooms(@Valid @BeanParam PageParams paging) {
        return service.rooms(paging);
    }
}

package cn.jiedao.mediation.warning;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/mediation/warning-letters")
@Tag(name = "Major-dispute warning letters")
@Produces(MediaType.APPLICATION_JSON)
public class WarningLetterResource {

    @Inject
    WarningLetters letters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN})
    @Operation(summary = "Register a major-dispute warning letter (重大矛盾纠纷预警提示函) with its linked disputes")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarningLetters.View.class)))
    public Response register(@Valid @NotNull WarningLetters.RegisterWarningLetter request,
            @Context SecurityContext security, @Context UriInfo uri) {
        UUID id = letters.register(request, security.getUserPrincipal().getName());
        WarningLetters.Read read = letters.get(id);
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(ETags.entityTag(read.etag()))
                .entity(read.view()).build();
    }

    @GET
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "Warning letters, oldest first; open=true lists those not yet answered")
    public PageResponse<WarningLetters.View> list(
            @Parameter(description = "true: not yet answered; false: answered") @QueryParam("open") Boolean open,
            @Valid @BeanParam PageParams paging) {
        return letters.list(open, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN, Roles.LEADER})
    @Operation(summary = "One warning letter; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The letter; the ETag header is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarningLetters.View.class)))
    public Response get(@PathParam("id") UUID id) {
        WarningLetters.Read read = letters.get(id);
        return Response.ok(read.view()).tag(ETags.entityTag(read.etag())).build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN})
    @Operation(summary = "Acknowledge receipt of a warning letter (签收); needs If-Match")
    @APIResponse(responseCode = "200", description = "The letter after the step, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarningLetters.View.class)))
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        letters.acknowledge(id, ifMatch, security.getUserPrincipal().getName());
        return get(id);
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEDIATOR, Roles.STREET_ADMIN})
    @Operation(summary = "Record the answer to an acknowledged warning letter; needs If-Match")
    @APIResponse(responseCode = "200", description = "The letter after the step, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarningLetters.View.class)))
    public Response respond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WarningLetters.Respond request, @Context SecurityContext security) {
        letters.respond(id, ifMatch, request, security.getUserPrincipal().getName());
        return get(id);
    }

}

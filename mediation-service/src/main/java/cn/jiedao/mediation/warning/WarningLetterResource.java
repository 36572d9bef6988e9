package cn.jiedao.mediation.warning;

import cn.jiedao.kernel.security.Actor;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/mediation/warning-letters")
@Tag(name = "Major-dispute warning letters")
@Produces(MediaType.APPLICATION_JSON)
public class WarningLetterResource {

    @Inject
    WarningLetters letters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Register a major-dispute warning letter (重大矛盾纠纷预警提示函) with its linked disputes")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarningLetters.View.class)))
    public RestResponse<WarningLetters.View> register(@Valid @NotNull WarningLetters.RegisterWarningLetter request,
            @Context SecurityContext security, @Context UriInfo uri) {
        UUID id = letters.register(request, Actor.of(security));
        WarningLetters.Read read = letters.get(id);
        return Answers.created(uri, id, read.view(), read.version());
    }

    @GET
    @RolesAllowed(MediationRoles.OFFICE)
    @Operation(summary = "Warning letters, oldest first; open=true lists those not yet answered")
    public PageResponse<WarningLetters.View> list(
            @Parameter(description = "true: not yet answered; false: answered") @QueryParam("open") Boolean open,
            @Valid @BeanParam PageParams paging) {
        return letters.list(open, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(MediationRoles.OFFICE)
    @Operation(summary = "One warning letter; the ETag is its version")
    public RestResponse<WarningLetters.View> get(@PathParam("id") UUID id) {
        WarningLetters.Read read = letters.get(id);
        return Answers.ok(read.view(), read.version());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Acknowledge receipt of a warning letter (签收, RECEIVED → ACKNOWLEDGED); needs If-Match")
    public RestResponse<WarningLetters.View> acknowledge(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return get(letters.acknowledge(id, ifMatch, Actor.of(security)).id);
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(MediationRoles.CASE_WORKERS)
    @Operation(summary = "Record the answer to an acknowledged warning letter (ACKNOWLEDGED → RESPONDED); needs If-Match")
    public RestResponse<WarningLetters.View> respond(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WarningLetters.Respond request,
            @Context SecurityContext security) {
        return get(letters.respond(id, ifMatch, request, Actor.of(security)).id);
    }
}

package cn.jiedao.mediation.referral;

import cn.jiedao.eventing.records.IdempotentRequests;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Police referrals over REST: the county police system submits with an {@code Idempotency-Key}
 * ({@link IdempotentRequests}) and reads a referral's state back.
 */
@Path("/api/mediation/police-referrals")
@Tag(name = "Police referrals")
@Produces(MediaType.APPLICATION_JSON)
public class PoliceReferralResource {

    @Inject
    PoliceReferralService referrals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.POLICE_SYSTEM)
    @Operation(summary = "Refer a dispute (派出所流转); 201 with the referral, the same again for a repeated Idempotency-Key "
            + "with the same body, 422 for a repeated key with another body, 200 for a referral number already received")
    @APIResponse(responseCode = "201", description = "Registered, or the same answer again for a retry with the same key and body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "200", description = "This referral number was already received; nothing created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<ReferralView> submit(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, required = true,
                    description = "Unique per submission (e.g. a UUID); a retry sends the same key and body")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ReferralRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        IdempotentRequests.Outcome received = referrals.submit(request,
                IdempotentRequests.check(idempotencyKey, true), Actor.of(security));
        ReferralView view = referrals.view(received.reference());
        RestResponse.ResponseBuilder<ReferralView> answer = received.status() == 201
                ? RestResponse.ResponseBuilder.<ReferralView>created(uri.getAbsolutePathBuilder().path(view.referralNo()).build())
                        .entity(view)
                : RestResponse.ResponseBuilder.ok(view);
        if (received.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }

    @GET
    @Path("/{referralNo}")
    @RolesAllowed({Roles.POLICE_SYSTEM, Roles.MEDIATOR, Roles.STREET_ADMIN})
    @Operation(summary = "A referral with its dispute id, case number, status and outcome")
    public RestResponse<ReferralView> get(@PathParam("referralNo") String referralNo) {
        return RestResponse.ok(referrals.view(referralNo));
    }
}

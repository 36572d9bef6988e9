package cn.jiedao.gateway.docs;

import cn.jiedao.kernel.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The services' OpenAPI documents, one per area, which Swagger UI lists beside the gateway's own. Public. */
@Path("/openapi")
@Tag(name = "API documents", description = "The OpenAPI documents of the services behind the gateway")
public class ServiceDocumentResource {

    private final ServiceDocuments documents;

    ServiceDocumentResource(ServiceDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path("/{area}")
    @PermitAll
    @SecurityRequirementsSet({}) // public: the document states that no token is needed
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of the service owning an area",
            description = "The service's own document without its servers, so that requests tried from Swagger UI "
                    + "go through the gateway. No token needed.")
    @APIResponse(responseCode = "200", description = "The service's OpenAPI 3 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "The gateway routes no such area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The service is unavailable or served no document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "The service did not answer in time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> document(
            @Parameter(description = "economy, mediation, safety or hub", example = "mediation")
            @PathParam("area") String area) {
        return Uni.createFrom().completionStage(() -> documents.of(area).toCompletionStage())
                .map(JsonObject::encode)
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build());
    }
}

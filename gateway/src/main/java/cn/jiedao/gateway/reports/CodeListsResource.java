package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.routing.Upstreams;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every code list of every service in one answer, so the frontend loads its drop-downs once. */
@Path("/api/reports/codes")
@Tag(name = "Reports", description = "What the gateway assembles from every service")
public class CodeListsResource {

    /** The answer: each area's lists as its service serves them, and the areas that could not be reached. */
    @Schema(name = "AllCodeLists")
    public record AllCodeLists(
            @Schema(description = "area → its service's GET /api/<area>/codes answer") Map<String, Object> lists,
            @Schema(description = "area → why its lists are missing; empty when every service answered")
            Map<String, String> unavailable) {
    }

    private final CodeLists codeLists;
    private final Upstreams upstreams;

    CodeListsResource(CodeLists codeLists, Upstreams upstreams) {
        this.codeLists = codeLists;
        this.upstreams = upstreams;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every service's code lists with their Chinese labels, by area; kept by the gateway for a "
            + "few minutes; an ETag lets a client revalidate (If-None-Match → 304)")
    @APIResponse(responseCode = "200", description = "The lists; a service that did not answer is named in "
            + "unavailable", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AllCodeLists.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> all(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Uni.createFrom().completionStage(() -> codeLists.of(upstreams.all(), authorization).toCompletionStage())
                .map(areas -> {
                    JsonObject lists = new JsonObject();
                    JsonObject unavailable = new JsonObject();
                    areas.forEach(a -> {
                        if (a.lists() != null) {
                            lists.put(a.area(), a.lists());
                        } else {
                            unavailable.put(a.area(), a.unavailable());
                        }
                    });
                    String body = new JsonObject().put("lists", lists).put("unavailable", unavailable).encode();
                    EntityTag tag = new EntityTag(sha256(body));
                    if (ifNoneMatch != null && unavailable.isEmpty()
                            && (ifNoneMatch.equals(tag.toString()) || ifNoneMatch.equals("*"))) {
                        return Response.notModified(tag).build();
                    }
                    Response.ResponseBuilder answer = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
                    return unavailable.isEmpty() ? answer.tag(tag).build()
                            : answer.header("Warning", "199 jiedao \"code lists missing for " + String.join(", ",
                                    unavailable.fieldNames()) + "\"").build();
                });
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

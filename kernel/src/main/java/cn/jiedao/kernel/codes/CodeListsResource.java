package cn.jiedao.kernel.codes;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/<area>/codes}: every code list of a service with its Chinese labels, for the frontend's
 * drop-downs. A service subclasses it with its {@code @Path} and its lists. Code lists are not sensitive:
 * any signed-in role may read them, and the documents say so (the bearer requirement, which
 * {@code RoleSetsInDocuments} writes out as every role of {@code Roles}).
 */
@Tag(name = "Codes")
public abstract class CodeListsResource {

    private final Map<String, CodeList> lists;

    protected CodeListsResource(CodeList... lists) {
        this.lists = CodeList.index(lists);
    }

    @GET
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every code list of this service with its Chinese labels, keyed by list name")
    public Map<String, CodeList> codes() {
        return lists;
    }
}

package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.ImportResult;
import cn.jiedao.hub.directory.DirectoryViews.Tree;
import cn.jiedao.kernel.problem.Problem.FieldError;
import cn.jiedao.kernel.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.input.BOMInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/directory")
@Tag(name = "Grid directory (网格目录)")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    static final String CSV = "text/csv";

    @Inject
    DirectoryService directory;

    @Inject
    DirectoryCsv csv;

    @GET
    @Path("/tree")
    @Authenticated
    @Operation(summary = "The directory as a tree: street → communities → grids → buildings, with counts at each level")
    public RestResponse<Tree> tree(@QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(directory.tree(communityCode));
    }

    @POST
    @Path("/import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "Load communities, grids and buildings from CSV (UTF-8, header row as in the export): all "
            + "rows or none; a known code (a building: grid and name) is replaced; each bad row and column is named "
            + "as rows[<line>].<column>")
    public RestResponse<ImportResult> load(InputStream body) throws IOException {
        try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(body).get(),
                StandardCharsets.UTF_8)) {
            List<FieldError> problems = new ArrayList<>();
            List<DirectoryCsv.Row> rows = csv.read(reader, problems);
            return RestResponse.ok(csv.load(rows, problems));
        }
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @RolesAllowed({Roles.HUB_STAFF, Roles.STREET_ADMIN})
    @Operation(summary = "The directory (or one community's part) as CSV (UTF-8 with a byte-order mark, for Excel), "
            + "the import's columns")
    public RestResponse<StreamingOutput> export(@QueryParam("communityCode") String communityCode) {
        java.io.StringWriter text = new java.io.StringWriter();
        csv.write(communityCode, text);
        StreamingOutput body = out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(text.toString());
            writer.flush();
        };
        return RestResponse.ResponseBuilder.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"directory.csv\"").build();
    }
}

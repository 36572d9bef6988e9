package cn.jiedao.safety.site;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.site.SiteViews.ImportResult;
import cn.jiedao.safety.site.SiteViews.RegisterSite;
import cn.jiedao.safety.site.SiteViews.SiteView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.io.input.BOMInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/safety/sites")
@Tag(name = "Sites and venues (检查对象与监管场所)")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    static final String CSV = "text/csv";

    @Inject
    SiteService sites;

    @Inject
    SiteCsv csv;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Register an inspectable site; a venue (internet café, entertainment venue) with its licence, "
            + "fire approval and terminals or capacity; 409 when its credit code is registered")
    public RestResponse<SiteView> register(@Valid @NotNull RegisterSite request, @Context UriInfo uri,
            @Context SecurityContext security) {
        Site site = sites.register(request);
        return Answers.created(uri, site.id, SiteView.of(site, SafetyRoles.seesContacts(security)), site.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Replace a site's details (If-Match with its ETag)")
    public RestResponse<SiteView> replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RegisterSite request, @Context SecurityContext security) {
        Site site = sites.replace(id, ifMatch, request);
        return Answers.ok(SiteView.of(site, SafetyRoles.seesContacts(security)), site.version);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "One site; the responsible person's phone masked for every role but safety-officer; a grid "
            + "worker reads the sites of their grids")
    public RestResponse<SiteView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        Site site = sites.find(id, Actor.of(security));
        return Answers.ok(SiteView.of(site, SafetyRoles.seesContacts(security)), site.version);
    }

    @GET
    @RolesAllowed(SafetyRoles.READERS)
    @Operation(summary = "Sites by name, filtered by kind, venues only (venue=true) or none (venue=false), grid, "
            + "or a part of the name; a grid worker sees the sites of their grids")
    public RestResponse<PageResponse<SiteView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("kind") SiteKind kind, @QueryParam("venue") Boolean venue,
            @QueryParam("gridCode") String gridCode, @QueryParam("name") String name,
            @Context SecurityContext security) {
        boolean unmasked = SafetyRoles.seesContacts(security);
        return RestResponse.ok(sites.list(kind, venue, gridCode, name, paging, Actor.of(security)).map(s -> SiteView.of(s, unmasked)));
    }

    @POST
    @Path("/import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Load sites from CSV (UTF-8, header row as in the export): all rows or none; a row whose "
            + "credit code is registered replaces that site; each bad row and column is named as rows[<line>].<column>")
    public RestResponse<ImportResult> load(InputStream body) throws java.io.IOException {
        try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(body).get(),
                StandardCharsets.UTF_8)) {
            return RestResponse.ok(sites.load(csv.read(reader)));
        }
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "The register as CSV (UTF-8 with a byte-order mark, for Excel), the import's columns")
    public RestResponse<StreamingOutput> export(@QueryParam("kind") SiteKind kind, @QueryParam("venue") Boolean venue,
            @QueryParam("gridCode") String gridCode) {
        var all = sites.all(kind, venue, gridCode);
        StreamingOutput body = out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv.write(all, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        };
        return RestResponse.ResponseBuilder.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sites.csv\"").build();
    }
}

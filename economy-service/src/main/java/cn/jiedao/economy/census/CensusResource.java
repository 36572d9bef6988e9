package cn.jiedao.economy.census;

import cn.jiedao.economy.EconomyRoles;
import cn.jiedao.economy.census.CensusViews.ImportView;
import cn.jiedao.economy.census.CensusViews.RejectedRow;
import cn.jiedao.economy.census.CensusViews.SummaryView;
import cn.jiedao.eventing.records.IdempotentRequests;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/economy/census")
@Tag(name = "Economic census (五经普)")
public class CensusResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CensusService census;

    @Inject
    CensusExport export;

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.CENSUS_EXCHANGE)
    @Operation(summary = "Import census unit records (CSV, UTF-8 or GB18030, English or Chinese headers) as an "
            + "asynchronous job: answers 202 with the job; the charset comes from the charset parameter, else the "
            + "Content-Type's charset if it is UTF-8 or GB18030, else detection (strict UTF-8, otherwise GB18030); an Idempotency-Key already seen with the same file answers the same job (Idempotent-Replayed: true), with another file 422")
    public RestResponse<ImportView> importUnits(InputStream body, @QueryParam("charset") String charset,
            @QueryParam("fileName") @Size(max = 200) String fileName,
            @HeaderParam(IdempotentRequests.HEADER) @Size(max = 100) String idempotencyKey,
            @Context HttpHeaders headers, @Context SecurityContext security, @Context UriInfo uri) {
        String requested = charset;
        if (requested == null && headers.getMediaType() != null) {
            // HTTP clients often add a default charset (ISO-8859-1 for text/*): only UTF-8 or GB18030 count here
            String declared = headers.getMediaType().getParameters().get("charset");
            requested = CharsetDetection.named(declared).isPresent() ? declared : null;
        }
        CensusService.Started job = census.start(body, requested, fileName, idempotencyKey,
                security.getUserPrincipal().getName());
        RestResponse.ResponseBuilder<ImportView> answer = RestResponse.ResponseBuilder.accepted(census.view(job.id()))
                .location(uri.getBaseUriBuilder().path("/api/economy/census/imports").path(job.id().toString()).build());
        return (job.replayed() ? answer.header("Idempotent-Replayed", "true") : answer).build();
    }

    @GET
    @Path("/imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.CENSUS_EXCHANGE)
    @Operation(summary = "An import job: status (RUNNING, COMPLETED, FAILED), row counts and the first rejected rows")
    public ImportView importJob(@PathParam("id") UUID id) {
        return census.view(id);
    }

    @GET
    @Path("/imports/{id}/rejections")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.CENSUS_EXCHANGE)
    @Operation(summary = "The rejected rows of an import with their reasons, by line (the first 1000 are kept)")
    public PageResponse<RejectedRow> rejections(@PathParam("id") UUID id, @Valid @BeanParam PageParams paging) {
        return census.rejections(id, paging);
    }

    @GET
    @Path("/units/export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed(EconomyRoles.CENSUS_EXCHANGE)
    @Operation(summary = "Export every census unit in the import format: CSV (UTF-8 or GB18030) or XLSX, "
            + "English or Chinese headers")
    public Response exportUnits(
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx", message = "must be csv or xlsx") String format,
            @QueryParam("headers") @DefaultValue("en") @Pattern(regexp = "en|zh", message = "must be en or zh") String headers,
            @QueryParam("charset") @DefaultValue("UTF-8") String charset) {
        boolean chinese = headers.equals("zh");
        if (format.equals("xlsx")) {
            StreamingOutput body = out -> export.xlsx(out, chinese);
            return Response.ok(body, XLSX)
                    .header("Content-Disposition", "attachment; filename=\"census-units.xlsx\"").build();
        }
        Charset cs = CharsetDetection.named(charset).orElseThrow(() -> ProblemException.badRequest("charset",
                "must be UTF-8 or GB18030, not " + charset));
        StreamingOutput body = out -> export.csv(out, cs, chinese);
        String name = cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : "GB18030";
        return Response.ok(body, "text/csv; charset=" + name)
                .header("Content-Disposition", "attachment; filename=\"census-units.csv\"").build();
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.CENSUS_READERS)
    @Operation(summary = "五经普 figures: units checked, individual businesses, unlicensed, digital-economy units, "
            + "large individual businesses, accommodation and catering individual businesses")
    public SummaryView summary() {
        return census.summary();
    }
}

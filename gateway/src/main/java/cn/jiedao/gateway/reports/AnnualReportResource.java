package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.reports.AnnualReport.Section;
import cn.jiedao.gateway.routing.Upstreams;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.Year;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The annual work summary's section 一, assembled on request from every service's statistics with the caller's
 * token: as JSON figures that name the request producing each, or as the summary's Chinese text (Markdown, an HTML
 * page with charts, a Word document). Charts and documents are drawn on a worker thread, never on the event loop.
 */
@Path("/api/reports/annual/{year}")
@Tag(name = "Reports", description = "What the gateway assembles from every service")
public class AnnualReportResource {

    static final String MARKDOWN = "text/markdown";
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** One operation in the OpenAPI document, whichever representation a method produces. */
    static final String SUMMARY = "The annual work summary's section 一 (economy, governance, safety, community, "
            + "services, discipline, party building) from January through a month, computed from the records on "
            + "request; each figure names the request that produces it. A service that does not answer in time "
            + "leaves its sections unavailable with the reason (200 with a Warning header)";
    static final String DESCRIPTION = "Accept application/json for the figures; text/markdown for the summary's "
            + "Chinese text, figures written as the report writes them (1832万, 92.99%, 2564件); text/html for a "
            + "standalone page with that text, tables and charts as inline SVG drawn on the server (general budget "
            + "revenue against the target's pace, disputes by category, hazards found and closed by month); "
            + AnnualReportWord.MEDIA_TYPE + " for the same as a Word document, as an attachment named after the "
            + "year (e.g. 2023年1-10月工作总结.docx). An unavailable section or chart says why; any other Accept is "
            + "406";
    static final String ANSWER = "The report; a Warning header names unavailable sections";

    private final AnnualReports reports;
    private final AnnualReportText text;
    private final CodeLists codeLists;
    private final Upstreams upstreams;
    private final StreetTime time;
    private final AnnualReportWord word;

    AnnualReportResource(AnnualReports reports, AnnualReportText text, AnnualReportWord word, CodeLists codeLists,
            Upstreams upstreams, StreetTime time) {
        this.reports = reports;
        this.text = text;
        this.word = word;
        this.codeLists = codeLists;
        this.upstreams = upstreams;
        this.time = time;
    }

    @GET
    @RolesAllowed({Roles.LEADER, Roles.STREET_ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReport.class)))
    @APIResponse(responseCode = "400", description = "Year or through not valid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Neither leader nor street-admin",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "406", description = "Accept names none of the four representations",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<RestResponse<AnnualReport>> figures(@PathParam("year") @NotNull @Year Integer year,
            @Parameter(description = "the last month covered, YYYY-MM of the same year; default December, or the "
                    + "current month for the current year", example = "2023-10") @QueryParam("through") String through,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        YearMonth last = through(year, through);
        return reports.of(last, authorization).map(report -> answer(report, report));
    }

    @GET
    @RolesAllowed({Roles.LEADER, Roles.STREET_ADMIN})
    @Produces(MARKDOWN + ";charset=UTF-8")
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = MARKDOWN, schema = @Schema(implementation = String.class)))
    public Uni<RestResponse<String>> summary(@PathParam("year") @NotNull @Year Integer year,
            @QueryParam("through") String through, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        YearMonth last = through(year, through);
        return Uni.combine().all().unis(reports.of(last, authorization), labels(authorization))
                .asTuple().map(both -> answer(both.getItem1(), text.markdown(both.getItem1(), both.getItem2())));
    }

    @GET
    @RolesAllowed({Roles.LEADER, Roles.STREET_ADMIN})
    @Produces(HTML + ";qs=0.5")
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)))
    public Uni<RestResponse<String>> page(@PathParam("year") @NotNull @Year Integer year,
            @QueryParam("through") String through, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        YearMonth last = through(year, through);
        return Uni.combine().all().unis(reports.withCharts(last, authorization), labels(authorization)).asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(both -> typed(answer(both.getItem1().report(), text.html(both.getItem1(), both.getItem2())),
                        HTML));
    }

    @GET
    @RolesAllowed({Roles.LEADER, Roles.STREET_ADMIN})
    @Produces(AnnualReportWord.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = AnnualReportWord.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<RestResponse<byte[]>> document(@PathParam("year") @NotNull @Year Integer year,
            @QueryParam("through") String through, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        YearMonth last = through(year, through);
        return Uni.combine().all().unis(reports.withCharts(last, authorization), labels(authorization)).asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(both -> {
                    AnnualReport report = both.getItem1().report();
                    byte[] docx = word.docx(text.written(report, both.getItem2(), both.getItem1()));
                    RestResponse<byte[]> answer = typed(answer(report, docx), AnnualReportWord.MEDIA_TYPE);
                    answer.getHeaders().putSingle("Content-Disposition",
                            attachment(fileName(last), "annual-report-" + last + ".docx"));
                    return answer;
                });
    }

    /** The answer's Content-Type as named, without the qs that only ranks these methods below JSON when any type is accepted. */
    private static <T> RestResponse<T> typed(RestResponse<T> answer, String mediaType) {
        answer.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, mediaType);
        return answer;
    }

    /** "2023年工作总结.docx" for a whole year, "2023年1-10月工作总结.docx" for part of one. */
    static String fileName(YearMonth through) {
        return through.getYear() + "年" + (through.getMonthValue() == 12 ? "" : "1-" + through.getMonthValue() + "月")
                + "工作总结.docx";
    }

    /** RFC 6266 with the UTF-8 name of RFC 8187, and an ASCII name for clients that know only that. */
    static String attachment(String fileName, String asciiName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }

    /** Every service's code lists by area, to label the breakdowns; none when they do not come in time. */
    private Uni<Map<String, JsonObject>> labels(String authorization) {
        return Uni.createFrom()
                .completionStage(() -> codeLists.of(upstreams.all(), authorization).toCompletionStage())
                .ifNoItem().after(reports.timeout()).fail()
                .map(areas -> {
                    Map<String, JsonObject> byArea = new HashMap<>();
                    areas.stream().filter(a -> a.lists() != null).forEach(a -> byArea.put(a.area(), a.lists()));
                    return byArea;
                })
                .onFailure().recoverWithItem(Map.of());
    }

    private YearMonth through(int year, String through) {
        if (through == null || through.isBlank()) {
            YearMonth now = time.thisMonth();
            return now.getYear() == year ? now : YearMonth.of(year, 12);
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(through.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("through", "must be a month written YYYY-MM, e.g. " + year + "-10");
        }
        if (parsed.getYear() != year) {
            throw ProblemException.badRequest("through", "must be a month of " + year);
        }
        return parsed;
    }

    private static <T> RestResponse<T> answer(AnnualReport report, T body) {
        List<Section> missing = report.sections().stream().filter(s -> !s.available()).toList();
        RestResponse.ResponseBuilder<T> answer = RestResponse.ResponseBuilder.ok(body);
        if (!missing.isEmpty()) {
            answer.header("Warning", "199 jiedao \"report sections unavailable: "
                    + missing.stream().map(Section::id).collect(Collectors.joining(", ")) + "\"");
        }
        return answer.build();
    }
}

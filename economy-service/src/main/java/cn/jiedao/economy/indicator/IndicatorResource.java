package cn.jiedao.economy.indicator;

import cn.jiedao.economy.EconomyRoles;
import cn.jiedao.economy.indicator.IndicatorViews.IndicatorView;
import cn.jiedao.economy.indicator.IndicatorViews.MonthlyValueInput;
import cn.jiedao.economy.indicator.IndicatorViews.MonthlyValueView;
import cn.jiedao.economy.indicator.IndicatorViews.NewIndicator;
import cn.jiedao.economy.indicator.IndicatorViews.ProgressView;
import cn.jiedao.economy.indicator.IndicatorViews.SeriesView;
import cn.jiedao.economy.indicator.IndicatorViews.TargetValue;
import cn.jiedao.economy.indicator.IndicatorViews.TargetView;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/economy/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {


    @Inject
    IndicatorService indicators;

    @GET
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "The indicators: code, Chinese name and unit")
    public List<IndicatorView> list() {
        return indicators.list().stream().map(IndicatorView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Add an indicator (409 if the code exists)")
    public RestResponse<IndicatorView> add(@Valid @NotNull NewIndicator request, @Context UriInfo uri) {
        Indicator i = indicators.add(request);
        return Answers.created(uri, i.code, IndicatorView.of(i));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "One indicator")
    public IndicatorView get(@PathParam("code") String code) {
        return IndicatorView.of(indicators.get(code));
    }

    @GET
    @Path("/{code}/targets/{year}")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "An annual target, with its ETag")
    public RestResponse<TargetView> target(@PathParam("code") String code, @PathParam("year") @Year int year) {
        IndicatorTarget t = indicators.target(code, year);
        return Answers.ok(TargetView.of(t), t.version);
    }

    @PUT
    @Path("/{code}/targets/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Set an annual target (201 when new; changing one needs If-Match and is kept in the history)")
    public RestResponse<TargetView> setTarget(@PathParam("code") String code, @PathParam("year") @Year int year,
            @Valid @NotNull TargetValue request, @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security, @Context UriInfo uri) {
        var saved = indicators.setTarget(code, year, request.value(), ifMatch, security.getUserPrincipal().getName());
        return answer(saved, TargetView.of(saved.record()), uri);
    }

    @GET
    @Path("/{code}/values/{year}/{month}")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "A month's figure as reported, with its corrections and ETag")
    public RestResponse<MonthlyValueView> value(@PathParam("code") String code, @PathParam("year") @Year int year,
            @PathParam("month") @Min(1) @Max(12) int month) {
        IndicatorValue v = indicators.value(code, year, month);
        return Answers.ok(indicators.valueView(v), v.version);
    }

    @PUT
    @Path("/{code}/values/{year}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Record a month's figure, as the month's own value (MONTH) or the January–N cumulative "
            + "value (CUMULATIVE); a correction needs If-Match and keeps the old figure in the history")
    public RestResponse<MonthlyValueView> setValue(@PathParam("code") String code, @PathParam("year") @Year int year,
            @PathParam("month") @Min(1) @Max(12) int month, @Valid @NotNull MonthlyValueInput request,
            @HeaderParam("If-Match") String ifMatch, @Context SecurityContext security, @Context UriInfo uri) {
        var saved = indicators.setValue(code, year, month, request.value(), request.basis(), ifMatch,
                security.getUserPrincipal().getName());
        return answer(saved, indicators.valueView(saved.record()), uri);
    }

    @GET
    @Path("/{code}/progress")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Year-to-date, completion of the annual target and year-on-year growth through a month")
    public ProgressView progress(@PathParam("code") String code,
            @QueryParam("year") @NotNull @Year Integer year,
            @QueryParam("throughMonth") @NotNull @Min(1) @Max(12) Integer throughMonth) {
        return indicators.progress(code, year, throughMonth);
    }

    @GET
    @Path("/{code}/series")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "The twelve months of a year for charts: month value, cumulative, same period last year, growth")
    public SeriesView series(@PathParam("code") String code,
            @QueryParam("year") @NotNull @Year Integer year) {
        return indicators.series(code, year);
    }

    /** 201 at the figure's own path when the PUT created it, 200 otherwise; either with the new ETag. */
    private static <V> RestResponse<V> answer(IndicatorService.Saved<?> saved, V view, UriInfo uri) {
        return saved.created() ? Answers.created(uri.getAbsolutePath(), view, saved.version())
                : Answers.ok(view, saved.version());
    }
}

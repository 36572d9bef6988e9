package cn.jiedao.economy.indicator;

import cn.jiedao.economy.indicator.IndicatorViews.IndicatorView;
import cn.jiedao.economy.indicator.IndicatorViews.MonthlyValueInput;
import cn.jiedao.economy.indicator.IndicatorViews.MonthlyValueView;
import cn.jiedao.economy.indicator.IndicatorViews.NewIndicator;
import cn.jiedao.economy.indicator.IndicatorViews.ProgressView;
import cn.jiedao.economy.indicator.IndicatorViews.SeriesView;
import cn.jiedao.economy.indicator.IndicatorViews.TargetValue;
import cn.jiedao.economy.indicator.IndicatorViews.TargetView;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.ETags;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/economy/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {


    @Inject
    IndicatorService indicators;

    @GET
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "The indicators: code, Chinese name and unit")
    public List<IndicatorView> list() {
        return indicators.list().stream().map(IndicatorView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Add an indicator (409 if the code exists)")
    public Response add(@Valid @NotNull NewIndicator request, @Context UriInfo uri) {
        Indicator i = indicators.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(i.code).build()).entity(IndicatorView.of(i)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "One indicator")
    public IndicatorView get(@PathParam("code") String code) {
        return IndicatorView.of(indicators.get(code));
    }

    @GET
    @Path("/{code}/targets/{year}")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "An annual target, with its ETag")
    public Response target(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        IndicatorTarget t = indicators.target(code, year);
        return Response.ok(TargetView.of(t)).tag(ETags.entityTag(t.version)).build();
    }

    @PUT
    @Path("/{code}/targets/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Set an annual target (201 when new; changing one needs If-Match and is kept in the history)")
    public Response setTarget(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull TargetValue request, @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security) {
        var saved = indicators.setTarget(code, year, request.value(), ifMatch, security.getUserPrincipal().getName());
        return (saved.created() ? Response.status(Response.Status.CREATED) : Response.ok())
                .entity(TargetView.of(saved.record())).tag(ETags.entityTag(saved.etag())).build();
    }

    @GET
    @Path("/{code}/values/{year}/{month}")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "A month's figure as reported, with its corrections and ETag")
    public Response value(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("month") @Min(1) @Max(12) int month) {
        IndicatorValue v = indicators.value(code, year, month);
        return Response.ok(indicators.valueView(v)).tag(ETags.entityTag(v.version)).build();
    }

    @PUT
    @Path("/{code}/values/{year}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Record a month's figure, as the month's own value (MONTH) or the January–N cumulative "
            + "value (CUMULATIVE); a correction needs If-Match and keeps the old figure in the history")
    public Response setValue(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("month") @Min(1) @Max(12) int month, @Valid @NotNull MonthlyValueInput request,
            @HeaderParam("If-Match") String ifMatch, @Context SecurityContext security) {
        var saved = indicators.setValue(code, year, month, request.value(), request.basis(), ifMatch,
                security.getUserPrincipal().getName());
        MonthlyValueView view = indicators.valueView(saved.record());
        return (saved.created() ? Response.status(Response.Status.CREATED) : Response.ok())
                .entity(view).tag(ETags.entityTag(saved.etag())).build();
    }

    @GET
    @Path("/{code}/progress")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "Year-to-date, completion of the annual target and year-on-year growth through a month")
    public ProgressView progress(@PathParam("code") String code,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("throughMonth") @NotNull @Min(1) @Max(12) Integer throughMonth) {
        return indicators.progress(code, year, throughMonth);
    }

    @GET
    @Path("/{code}/series")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "The twelve months of a year for charts: month value, cumulative, same period last year, growth")
    public SeriesView series(@PathParam("code") String code,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return indicators.series(code, year);
    }
}

package cn.jiedao.economy.attraction;

import cn.jiedao.economy.attraction.AttractionViews.CeremonyInput;
import cn.jiedao.economy.attraction.AttractionViews.CeremonyView;
import cn.jiedao.economy.attraction.AttractionViews.DomesticInput;
import cn.jiedao.economy.attraction.AttractionViews.DomesticView;
import cn.jiedao.economy.attraction.AttractionViews.SignedProjectInput;
import cn.jiedao.economy.attraction.AttractionViews.SignedProjectView;
import cn.jiedao.economy.attraction.AttractionViews.SummaryView;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/economy")
@Tag(name = "Investment attraction (招商引资)")
@Produces(MediaType.APPLICATION_JSON)
public class AttractionResource {

    @Inject
    AttractionService attraction;

    @POST
    @Path("/signing-ceremonies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Record a signing ceremony (e.g. 总部经济集中签约)")
    public Response addCeremony(@Valid @NotNull CeremonyInput request) {
        return Response.status(Response.Status.CREATED).entity(CeremonyView.of(attraction.addCeremony(request))).build();
    }

    @GET
    @Path("/signing-ceremonies")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "Signing ceremonies by date")
    public PageResponse<CeremonyView> ceremonies(@Valid @BeanParam PageParams paging) {
        return attraction.ceremonies(paging.page, paging.size).map(CeremonyView::of);
    }

    @POST
    @Path("/signed-projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Record a signed project (investor, credit code, registered capital in 万元, ceremony)")
    public Response addSignedProject(@Valid @NotNull SignedProjectInput request) {
        return Response.status(Response.Status.CREATED)
                .entity(SignedProjectView.of(attraction.addSignedProject(request))).build();
    }

    @GET
    @Path("/signed-projects")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "Signed projects by date")
    public PageResponse<SignedProjectView> signedProjects(@Valid @BeanParam PageParams paging) {
        return attraction.signedProjects(paging.page, paging.size).map(SignedProjectView::of);
    }

    @POST
    @Path("/domestic-capital-projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN})
    @Operation(summary = "Record a domestic-capital project (利用内资; total investment in 万元)")
    public Response addDomestic(@Valid @NotNull DomesticInput request) {
        return Response.status(Response.Status.CREATED).entity(DomesticView.of(attraction.addDomestic(request))).build();
    }

    @GET
    @Path("/domestic-capital-projects")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "Domestic-capital projects by date")
    public PageResponse<DomesticView> domesticProjects(@Valid @BeanParam PageParams paging) {
        return attraction.domesticProjects(paging.page, paging.size).map(DomesticView::of);
    }

    @GET
    @Path("/investment-attraction/summary")
    @RolesAllowed({Roles.ECONOMY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER, Roles.COUNTY_SYSTEM})
    @Operation(summary = "招商引资 in a year: ceremonies, signed projects and their registered capital, domestic-capital projects and their investment")
    public SummaryView summary(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return attraction.summary(year);
    }
}

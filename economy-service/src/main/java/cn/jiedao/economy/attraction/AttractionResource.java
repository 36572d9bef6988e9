package cn.jiedao.economy.attraction;

import cn.jiedao.economy.EconomyRoles;
import cn.jiedao.economy.attraction.AttractionViews.CeremonyInput;
import cn.jiedao.economy.attraction.AttractionViews.CeremonyView;
import cn.jiedao.economy.attraction.AttractionViews.DomesticInput;
import cn.jiedao.economy.attraction.AttractionViews.DomesticView;
import cn.jiedao.economy.attraction.AttractionViews.SignedProjectInput;
import cn.jiedao.economy.attraction.AttractionViews.SignedProjectView;
import cn.jiedao.economy.attraction.AttractionViews.SummaryView;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/economy")
@Tag(name = "Investment attraction (招商引资)")
@Produces(MediaType.APPLICATION_JSON)
public class AttractionResource {

    @Inject
    AttractionService attraction;

    @POST
    @Path("/signing-ceremonies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Record a signing ceremony (e.g. 总部经济集中签约)")
    public RestResponse<CeremonyView> addCeremony(@Valid @NotNull CeremonyInput request, @Context UriInfo uri) {
        SigningCeremony c = attraction.addCeremony(request);
        return Answers.created(uri, c.id, CeremonyView.of(c));
    }

    @GET
    @Path("/signing-ceremonies")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Signing ceremonies by date")
    public PageResponse<CeremonyView> ceremonies(@Valid @BeanParam PageParams paging) {
        return attraction.ceremonies(paging);
    }

    @POST
    @Path("/signed-projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Record a signed project (investor, credit code, registered capital in 万元, ceremony)")
    public RestResponse<SignedProjectView> addSignedProject(@Valid @NotNull SignedProjectInput request,
            @Context UriInfo uri) {
        SignedProject p = attraction.addSignedProject(request);
        return Answers.created(uri, p.id, SignedProjectView.of(p));
    }

    @GET
    @Path("/signed-projects")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Signed projects by date")
    public PageResponse<SignedProjectView> signedProjects(@Valid @BeanParam PageParams paging) {
        return attraction.signedProjects(paging);
    }

    @POST
    @Path("/domestic-capital-projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Record a domestic-capital project (利用内资; total investment in 万元)")
    public RestResponse<DomesticView> addDomestic(@Valid @NotNull DomesticInput request, @Context UriInfo uri) {
        DomesticCapitalProject p = attraction.addDomestic(request);
        return Answers.created(uri, p.id, DomesticView.of(p));
    }

    @GET
    @Path("/domestic-capital-projects")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Domestic-capital projects by date")
    public PageResponse<DomesticView> domesticProjects(@Valid @BeanParam PageParams paging) {
        return attraction.domesticProjects(paging);
    }

    @GET
    @Path("/investment-attraction/summary")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "招商引资 in a year: ceremonies, signed projects and their registered capital, domestic-capital projects and their investment")
    public SummaryView summary(@QueryParam("year") @NotNull @Year Integer year) {
        return attraction.summary(year);
    }
}

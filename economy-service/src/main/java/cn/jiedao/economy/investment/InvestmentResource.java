package cn.jiedao.economy.investment;

import cn.jiedao.economy.EconomyRoles;
import cn.jiedao.economy.investment.InvestmentViews.DeclarationInput;
import cn.jiedao.economy.investment.InvestmentViews.ProjectInput;
import cn.jiedao.economy.investment.InvestmentViews.ProjectView;
import cn.jiedao.economy.investment.InvestmentViews.SummaryView;
import cn.jiedao.kernel.validation.Year;
import cn.jiedao.kernel.web.Answers;
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
import jakarta.ws.rs.DefaultValue;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/economy/investment-projects")
@Tag(name = "Fixed-asset investment (固投项目)")
@Produces(MediaType.APPLICATION_JSON)
public class InvestmentResource {

    @Inject
    InvestmentService projects;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Register a fixed-asset investment project")
    public RestResponse<ProjectView> register(@Valid @NotNull ProjectInput request,
            @Context SecurityContext security, @Context UriInfo uri) {
        InvestmentProject p = projects.register(request, security.getUserPrincipal().getName());
        return Answers.created(uri, p.id, ProjectView.of(p), p.version);
    }

    @GET
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "Projects by start date")
    public PageResponse<ProjectView> list(@Valid @BeanParam PageParams paging) {
        return projects.list(paging);
    }

    @GET
    @Path("/summary")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "New projects of a year, their total investment, and investment declared January–N (万元)")
    public SummaryView summary(@QueryParam("year") @NotNull @Year Integer year,
            @QueryParam("throughMonth") @DefaultValue("12") @Min(1) @Max(12) int throughMonth) {
        return projects.summary(year, throughMonth);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(EconomyRoles.READERS)
    @Operation(summary = "One project, with its ETag")
    public RestResponse<ProjectView> get(@PathParam("id") UUID id) {
        return answer(projects.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Change a project (name, total investment, start, status); If-Match required")
    public RestResponse<ProjectView> update(@PathParam("id") UUID id, @Valid @NotNull ProjectInput request,
            @HeaderParam("If-Match") String ifMatch) {
        return answer(projects.update(id, request, ifMatch));
    }

    @PUT
    @Path("/{id}/declarations/{year}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EconomyRoles.WRITERS)
    @Operation(summary = "Record a month's declared investment (万元; If-Match required); the month's total over all "
            + "projects becomes FIXED_ASSET_INVESTMENT_DECLARED (亿元)")
    public RestResponse<ProjectView> declare(@PathParam("id") UUID id, @PathParam("year") @Year int year,
            @PathParam("month") @Min(1) @Max(12) int month, @Valid @NotNull DeclarationInput request,
            @HeaderParam("If-Match") String ifMatch, @Context SecurityContext security) {
        return answer(projects.declare(id, year, month, request.amount(), ifMatch,
                security.getUserPrincipal().getName()));
    }

    private static RestResponse<ProjectView> answer(InvestmentProject p) {
        return Answers.ok(ProjectView.of(p), p.version);
    }
}

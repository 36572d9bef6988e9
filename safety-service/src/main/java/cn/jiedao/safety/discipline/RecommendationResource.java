package cn.jiedao.safety.discipline;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.discipline.DisciplineViews.AnswerRecommendation;
import cn.jiedao.safety.discipline.DisciplineViews.IssueRecommendation;
import cn.jiedao.safety.discipline.DisciplineViews.RecommendationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 纪律检查建议书: recommendations issued to units and their answers. */
@Path("/api/safety/discipline/recommendations")
@Tag(name = "Discipline supervision (作风建设)")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationService recommendations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Issue a discipline-inspection recommendation (纪律检查建议书) to a unit, with the answer "
            + "due date (ISSUED); its number is unique (409)")
    public RestResponse<RecommendationView> issue(@Valid @NotNull IssueRecommendation request,
            @Context SecurityContext security, @Context UriInfo uri) {
        Recommendation r = recommendations.issue(request, Actor.of(security));
        return Answers.created(uri, r.id, recommendations.view(r), r.version);
    }

    @GET
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "Recommendations, latest issued first, by status, unit, overdue (not answered by the due "
            + "date) and the dates issued (inclusive)")
    public RestResponse<PageResponse<RecommendationView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("status") RecommendationStatus status, @QueryParam("unit") @Size(max = 200) String unit,
            @QueryParam("overdue") Boolean overdue, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return RestResponse.ok(recommendations.list(new RecommendationService.Filter(status, unit, overdue, from, to),
                paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SafetyRoles.DISCIPLINE_READERS)
    @Operation(summary = "One recommendation with its history")
    public RestResponse<RecommendationView> get(@PathParam("id") UUID id) {
        Recommendation r = recommendations.get(id);
        return Answers.ok(recommendations.view(r), r.version);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISCIPLINE_OFFICER)
    @Operation(summary = "Record the unit's answer (ISSUED → ANSWERED)")
    public RestResponse<RecommendationView> answer(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AnswerRecommendation request,
            @Context SecurityContext security) {
        Recommendation r = recommendations.answer(id, ifMatch, request, Actor.of(security));
        return Answers.ok(recommendations.view(r), r.version);
    }
}

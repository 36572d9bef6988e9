package cn.jiedao.safety.discipline;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.discipline.DisciplineViews.DisciplineFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The figures of discipline supervision (report section 一.6), for leaders and the county too: counts only. */
@Path("/api/safety/discipline/statistics")
@Tag(name = "Discipline supervision (作风建设)")
@Produces(MediaType.APPLICATION_JSON)
public class DisciplineStatisticsResource {

    @Inject
    DisciplineStatistics statistics;

    @GET
    @RolesAllowed(SafetyRoles.DISCIPLINE_STATISTICS)
    @Operation(summary = "The discipline-supervision figures of a period (dates inclusive): supervision checks, "
            + "measures by code and by form (四种形态), distinct persons concerned, recommendations, integrity works, "
            + "reading corners, study meetings by kind; counted from the records on request")
    public RestResponse<DisciplineFigures> of(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from " + from);
        }
        if (from.plusYears(10).isBefore(to)) {
            throw ProblemException.badRequest("to", "a period is at most ten years");
        }
        return RestResponse.ok(statistics.of(from, to));
    }
}

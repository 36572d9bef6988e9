package cn.jiedao.safety.statistics;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.safety.SafetyRoles;
import cn.jiedao.safety.statistics.SafetyStatistics.Statistics;
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

@Path("/api/safety/statistics")
@Tag(name = "Safety statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    SafetyStatistics statistics;

    @GET
    @RolesAllowed(SafetyRoles.STATISTICS)
    @Operation(summary = "The safety figures of a period (dates inclusive): drills, hazards found and what became of "
            + "them, outreach events, telecom-fraud cases year on year; computed from the records on request")
    public RestResponse<Statistics> of(@QueryParam("from") @NotNull LocalDate from,
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

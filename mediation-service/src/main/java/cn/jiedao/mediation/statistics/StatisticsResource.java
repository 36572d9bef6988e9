package cn.jiedao.mediation.statistics;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.time.StreetTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/mediation/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    MediationStatistics statistics;

    @Inject
    StreetTime time;

    @GET
    @RolesAllowed({Roles.LEADER, Roles.COUNTY_SYSTEM, Roles.STREET_ADMIN, Roles.MEDIATOR})
    @Operation(summary = "The centre's figures for a period of receipt: totals by category, channel and status, "
            + "police referrals, warning letters, resolution rate, median days to conclusion, overdue")
    public MediationStatistics.Figures get(
            @Parameter(description = "First day, inclusive (Asia/Shanghai); default 1 January of this year", example = "2023-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, inclusive; default today", example = "2023-12-31")
            @QueryParam("to") LocalDate to) {
        LocalDate today = time.today();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from (" + start + ")");
        }
        return statistics.figures(start, end);
    }
}

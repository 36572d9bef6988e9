package cn.jiedao.hub.statistics;

import cn.jiedao.kernel.validation.Year;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/statistics")
@Tag(name = "Services hub statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** Hub staff, street admins, leaders and the county's systems read the figures. */
    static final String STATISTICS = "${jiedao.roles.hub-statistics}";

    @Inject
    HubStatistics statistics;

    @GET
    @RolesAllowed(STATISTICS)
    @Operation(summary = "The services hub's figures of a year: volunteer teams, activities, disputes they helped "
            + "settle, hours served, one-window requests by mode; computed from the records on request")
    public RestResponse<HubStatistics.Figures> of(@QueryParam("year") @NotNull @Year Integer year) {
        return RestResponse.ok(statistics.of(year));
    }
}

package cn.jiedao.hub.elderly;

import cn.jiedao.hub.elderly.ElderlyViews.CircleView;
import cn.jiedao.hub.elderly.ElderlyViews.CommunityGaps;
import cn.jiedao.kernel.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/hub/fifteen-minute-circle")
@Tag(name = "15-minute service circle (15分钟生活圈)")
@Produces(MediaType.APPLICATION_JSON)
public class FifteenMinuteCircleResource {

    @Inject
    CircleService circles;

    @GET
    @Authenticated
    @Operation(summary = "Every service point within 15 minutes' walk of a place (lat, lon) or a building "
            + "(buildingId), with its walking minutes, by category, and the categories missing")
    public RestResponse<CircleView> around(@QueryParam("lat") String latitude, @QueryParam("lon") String longitude,
            @QueryParam("buildingId") UUID buildingId) {
        return RestResponse.ok(circles.around(decimal("lat", latitude), decimal("lon", longitude), buildingId));
    }

    private static BigDecimal decimal(String field, String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "must be a decimal number of degrees");
        }
    }

    @GET
    @Path("/gaps")
    @Authenticated
    @Operation(summary = "For each building of a community, the categories of service point not within 15 minutes' walk")
    public RestResponse<CommunityGaps> gaps(@NotNull @QueryParam("communityCode") String communityCode) {
        return RestResponse.ok(circles.gaps(communityCode));
    }
}

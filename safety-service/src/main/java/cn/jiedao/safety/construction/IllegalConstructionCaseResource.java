package cn.jiedao.safety.construction;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/safety/illegal-construction-cases")
@Tag(name = "Illegal construction")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER})
public class IllegalConstructionCaseResource {

    @GET
    @Operation(summary = "Illegal-construction cases, newest first, optionally those opened from one complaint")
    public RestResponse<PageResponse<IllegalConstructionCaseView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("sourceDisputeId") UUID sourceDisputeId) {
        Where where = Where.of().and("sourceDisputeId = :dispute", "dispute", sourceDisputeId);
        return RestResponse.ok(Pages.of(IllegalConstructionCase.find(where.query(), Sort.descending("openedAt"),
                where.parameters()), paging, IllegalConstructionCaseView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One illegal-construction case")
    public RestResponse<IllegalConstructionCaseView> get(@PathParam("id") UUID id) {
        IllegalConstructionCase found = IllegalConstructionCase.findById(id);
        if (found == null) {
            throw ProblemException.notFound("Illegal-construction case", id);
        }
        return Answers.ok(IllegalConstructionCaseView.of(found), found.version);
    }
}

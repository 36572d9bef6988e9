package cn.jiedao.safety.construction;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
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

@Path("/api/safety/illegal-construction-cases")
@Tag(name = "Illegal construction")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SAFETY_OFFICER, Roles.STREET_ADMIN, Roles.LEADER})
public class IllegalConstructionCaseResource {

    @GET
    @Operation(summary = "Illegal-construction cases, newest first, optionally those opened from one complaint")
    public PageResponse<IllegalConstructionCaseView> list(@Valid @BeanParam PageParams paging,
            @QueryParam("sourceDisputeId") UUID sourceDisputeId) {
        var query = sourceDisputeId == null
                ? IllegalConstructionCase.<IllegalConstructionCase>findAll(Sort.descending("openedAt"))
                : IllegalConstructionCase.<IllegalConstructionCase>find("sourceDisputeId", Sort.descending("openedAt"),
                        sourceDisputeId);
        var items = query.page(paging.page, paging.size).list().stream().map(IllegalConstructionCaseView::of).toList();
        return new PageResponse<>(items, paging.page, paging.size, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One illegal-construction case")
    public IllegalConstructionCaseView get(@PathParam("id") UUID id) {
        IllegalConstructionCase c = IllegalConstructionCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Illegal-construction case", id);
        }
        return IllegalConstructionCaseView.of(c);
    }
}

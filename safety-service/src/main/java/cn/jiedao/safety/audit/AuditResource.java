package cn.jiedao.safety.audit;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.audit.AuditViews.AccessView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The access audit of personal data (key persons, persons concerned by measures), for the street's administrators. */
@Path("/api/safety/audit")
@Tag(name = "Access audit (个人信息访问审计)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.STREET_ADMIN)
    @Operation(summary = "Who read, searched, unmasked or changed key-person records and accountability measures, "
            + "latest first, by key person, record kind (KeyPerson, AccountabilityMeasure) and id, actor and the days "
            + "(inclusive)")
    public RestResponse<PageResponse<AccessView>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("keyPersonId") UUID keyPersonId,
            @QueryParam("recordKind") @Size(max = 40) String recordKind, @QueryParam("recordId") UUID recordId,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return RestResponse.ok(audit.list(keyPersonId, recordKind, recordId, actor, from, to, paging));
    }
}

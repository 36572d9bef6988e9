package cn.jiedao.hub.servicerequest;

import cn.jiedao.hub.servicerequest.ServiceRequestViews.ChangeServiceType;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.DefineServiceType;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.ServiceTypeView;
import cn.jiedao.kernel.web.Answers;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Service types (服务事项) as data, in the manner of Open311's service definitions. */
@Path("/api/hub/service-types")
@Tag(name = "One-window services (一窗受理)")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTypeResource {

    @Inject
    ServiceRequestService requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Define a service type: its code, the department responsible, the days allowed and its typed "
            + "attributes (STRING, TEXT, NUMBER, DATETIME, SINGLE_VALUE_LIST, MULTI_VALUE_LIST)")
    public RestResponse<ServiceTypeView> define(@Valid @NotNull DefineServiceType request, @Context UriInfo uri) {
        ServiceType t = requests.define(request);
        return Answers.created(uri, t.code, ServiceTypeView.of(t), t.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServiceRequestRoles.WRITERS)
    @Operation(summary = "Change a service type (name, department, days allowed, attributes, active) with If-Match; "
            + "requests already received keep their deadlines and values")
    public RestResponse<ServiceTypeView> change(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ChangeServiceType request) {
        ServiceType t = requests.change(code, ifMatch, request);
        return Answers.ok(ServiceTypeView.of(t), t.version);
    }

    @GET
    @RolesAllowed(ServiceRequestRoles.READERS)
    @Operation(summary = "The service types by code")
    public RestResponse<PageResponse<ServiceTypeView>> list(@Valid @BeanParam PageParams paging) {
        return RestResponse.ok(requests.types(paging));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(ServiceRequestRoles.READERS)
    @Operation(summary = "One service type with its attributes (Open311's service definition)")
    public RestResponse<ServiceTypeView> get(@PathParam("code") String code) {
        ServiceType t = requests.type(code);
        return Answers.ok(ServiceTypeView.of(t), t.version);
    }
}

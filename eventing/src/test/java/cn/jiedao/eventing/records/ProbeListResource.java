package cn.jiedao.eventing.records;

import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test-only: a list, a record by id and a JSON body as every service takes them, for {@code BadInputTest}. */
@Path("/test/probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeListResource {

    /** A request body with a nested list, the shape of parties in a dispute. */
    public record Probe(String name, List<Object> parts, java.time.LocalDate on, java.time.OffsetDateTime at) {
    }

    @GET
    @Authenticated
    public PageResponse<String> list(@Valid @BeanParam PageParams paging,
            @jakarta.ws.rs.QueryParam("from") java.time.LocalDate from) {
        return Pages.of(ProbeCase.<ProbeCase>findAll(), paging, c -> c.id.toString());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Map<String, String> one(@PathParam("id") UUID id) {
        return Map.of("id", id.toString());
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> take(Probe probe) {
        return Map.of("name", String.valueOf(probe.name()), "parts", probe.parts() == null ? 0 : probe.parts().size());
    }
}

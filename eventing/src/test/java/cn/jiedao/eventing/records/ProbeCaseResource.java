package cn.jiedao.eventing.records;

import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.AfterTheFact;
import cn.jiedao.kernel.time.EffectiveTime;
import cn.jiedao.kernel.web.Answers;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Test-only: a step over HTTP as every service exposes one, {@code POST /test/probe-cases/{id}/<step>}. */
@Path("/test/probe-cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeCaseResource {

    /** The optional body of a step: when it took effect, if entered after the fact. */
    public record When(LocalDate occurredOn, OffsetDateTime occurredAt) implements AfterTheFact {
    }

    public static final String TOPIC = "eventing-test.probe-case-events";

    @Inject
    LifecycleSteps steps;

    @POST
    @Path("/{step}")
    @Authenticated
    public RestResponse<Map<String, Object>> step(@PathParam("id") UUID id, @PathParam("step") String step,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security, When when) {
        ProbeCase.Step action = ProbeCase.Step.valueOf(step.toUpperCase());
        ProbeCase c = steps.take(ProbeCase.LIFECYCLE, ProbeCase.class, id, ifMatch, action, Actor.of(security),
                when == null ? EffectiveTime.NOW : when.effective(), (record, context) -> {
                    if (action == ProbeCase.Step.CLOSE) {
                        record.closedBy = context.actor().name();
                        record.closedAt = context.at();
                        context.publish(TOPIC, "test.probe-case.closed", Map.of("id", record.id.toString()));
                    }
                    context.note("by " + context.actor().name());
                });
        return Answers.ok(Map.of("id", c.id.toString(), "state", c.state.name()), c.version);
    }
}

package cn.jiedao.gateway.health;

import cn.jiedao.gateway.GatewayConfig;
import cn.jiedao.gateway.routing.Upstream;
import cn.jiedao.gateway.routing.UpstreamClient;
import cn.jiedao.gateway.routing.UpstreamFailures;
import cn.jiedao.gateway.routing.Upstreams;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every service behind it is: it asks each one's {@code /q/health/ready}, all at
 * once and each within {@code jiedao.gateway.health-timeout}, and reports one line per area. Liveness stays
 * the gateway's own, so a down service never gets the gateway restarted.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    static final String NAME = "upstreams";
    static final String READY_PATH = "/q/health/ready";

    private final Upstreams upstreams;
    private final UpstreamClient client;
    private final GatewayConfig config;

    UpstreamReadiness(Upstreams upstreams, UpstreamClient client, GatewayConfig config) {
        this.upstreams = upstreams;
        this.client = client;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<AreaReadiness>> probes = upstreams.all().stream().map(this::probe).toList();
        if (probes.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().build());
        }
        return Uni.join().all(probes).andCollectFailures().map(UpstreamReadiness::summary);
    }

    static HealthCheckResponse summary(List<AreaReadiness> areas) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean allUp = true;
        for (AreaReadiness area : areas) {
            response.withData(area.area(), area.up() ? "UP" : "DOWN: " + area.why());
            allUp &= area.up();
        }
        return response.status(allUp).build();
    }

    private Uni<AreaReadiness> probe(Upstream upstream) {
        Duration timeout = config.healthTimeout();
        Future<AreaReadiness> asked = client.request(upstream, HttpMethod.GET, READY_PATH, null, timeout)
                .compose(HttpClientRequest::send)
                .compose(answer -> answer.body().map(ignored -> answer.statusCode() == 200
                        ? new AreaReadiness(upstream.area(), true, null)
                        : new AreaReadiness(upstream.area(), false, "not ready (HTTP " + answer.statusCode() + ")")));
        return Uni.createFrom().completionStage(asked.toCompletionStage())
                .ifNoItem().after(timeout.plusMillis(500)).fail()
                .onFailure().recoverWithItem(failure ->
                        new AreaReadiness(upstream.area(), false, UpstreamFailures.reason(failure)));
    }

    record AreaReadiness(String area, boolean up, String why) {
    }
}

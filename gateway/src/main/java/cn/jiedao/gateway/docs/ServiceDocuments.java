package cn.jiedao.gateway.docs;

import cn.jiedao.gateway.GatewayConfig;
import cn.jiedao.gateway.routing.Upstream;
import cn.jiedao.gateway.routing.UpstreamClient;
import cn.jiedao.gateway.routing.UpstreamFailures;
import cn.jiedao.gateway.routing.Upstreams;
import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.problem.ProblemResponses;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Fetches a service's own OpenAPI document for Swagger UI. The document loses its {@code servers}: Swagger UI
 * then sends "try it out" requests to the origin it was loaded from, the gateway, and the paths are the same
 * through the gateway and directly.
 */
@Singleton
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    static final String DOCUMENT_PATH = "/q/openapi?format=json";

    private final Upstreams upstreams;
    private final UpstreamClient client;
    private final GatewayConfig config;

    ServiceDocuments(Upstreams upstreams, UpstreamClient client, GatewayConfig config) {
        this.upstreams = upstreams;
        this.client = client;
        this.config = config;
    }

    /** The document of the service owning {@code area}; fails with a {@link ProblemException} saying why not. */
    public Future<JsonObject> of(String area) {
        Upstream upstream = upstreams.byArea(area).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not found", "The gateway routes no area '" + area + "'; it knows " + upstreams.areas(), null));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set(HttpHeaders.ACCEPT, "application/json");
        return client.request(upstream, HttpMethod.GET, DOCUMENT_PATH, headers, config.requestTimeout())
                .compose(HttpClientRequest::send)
                .compose(answer -> answer.body().map(body -> {
                    if (answer.statusCode() != 200) {
                        throw new NoDocument("HTTP " + answer.statusCode());
                    }
                    JsonObject document;
                    try {
                        document = body.toJsonObject();
                    } catch (DecodeException | ClassCastException e) {
                        throw new NoDocument("not a JSON object");
                    }
                    document.remove("servers");
                    return document;
                }))
                .recover(failure -> {
                    LOG.warnf("No OpenAPI document from %s at %s: %s", upstream.service(), upstream, failure);
                    Problem problem = failure instanceof NoDocument none
                            ? ProblemResponses.of(502, upstream.service() + " served no OpenAPI document ("
                                    + none.getMessage() + ")")
                            : UpstreamFailures.problem(upstream, failure, config.connectTimeout(),
                                    config.requestTimeout());
                    return Future.failedFuture(asException(problem));
                });
    }

    private static ProblemException asException(Problem problem) {
        String slug = problem.type().toString().substring(Problem.TYPE_BASE.length());
        return new ProblemException(problem.status(), slug, problem.title(), problem.detail(), null);
    }

    private static final class NoDocument extends RuntimeException {
        NoDocument(String why) {
            super(why, null, false, false);
        }
    }
}

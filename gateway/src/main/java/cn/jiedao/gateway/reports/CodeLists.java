package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.GatewayConfig;
import cn.jiedao.gateway.routing.Upstream;
import cn.jiedao.gateway.routing.UpstreamClient;
import cn.jiedao.gateway.routing.UpstreamFailures;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Every service's code lists ({@code GET /api/<area>/codes}), fetched with the caller's token and kept for
 * {@code jiedao.gateway.code-lists-ttl}: only answers that succeeded are kept, so a service that was down is
 * asked again next time.
 */
@Singleton
public class CodeLists {

    private static final Logger LOG = Logger.getLogger(CodeLists.class);

    /** One area's lists, or why there are none. */
    public record AreaLists(String area, JsonObject lists, String unavailable) {
    }

    private final UpstreamClient client;
    private final GatewayConfig config;
    private final Cache<String, JsonObject> cache;

    CodeLists(UpstreamClient client, GatewayConfig config) {
        this.client = client;
        this.config = config;
        this.cache = Caffeine.newBuilder().expireAfterWrite(config.codeListsTtl()).build();
    }

    /** Forgets every kept list, so that the next request asks every service again. */
    void forget() {
        cache.invalidateAll();
    }

    public Future<List<AreaLists>> of(java.util.Collection<Upstream> upstreams, String authorization) {
        List<Future<AreaLists>> each = upstreams.stream().map(upstream -> of(upstream, authorization)).toList();
        return Future.join(each).map(done -> each.stream().map(Future::result).toList());
    }

    private Future<AreaLists> of(Upstream upstream, String authorization) {
        String area = upstream.area();
        JsonObject cached = cache.getIfPresent(area);
        if (cached != null) {
            return Future.succeededFuture(new AreaLists(area, cached, null));
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set(HttpHeaders.ACCEPT, "application/json")
                .set(HttpHeaders.AUTHORIZATION, authorization);
        return client.request(upstream, HttpMethod.GET, "/api/" + area + "/codes", headers, config.requestTimeout())
                .compose(HttpClientRequest::send)
                .compose(answer -> answer.body().map(body -> {
                    if (answer.statusCode() != 200) {
                        return new AreaLists(area, null, upstream.service() + " answered HTTP " + answer.statusCode());
                    }
                    JsonObject lists = body.toJsonObject();
                    cache.put(area, lists);
                    return new AreaLists(area, lists, null);
                }))
                .recover(failure -> {
                    LOG.warnf("No code lists from %s at %s: %s", upstream.service(), upstream, failure);
                    String reason = failure instanceof io.vertx.core.json.DecodeException
                            ? upstream.service() + " served code lists that are not a JSON object"
                            : UpstreamFailures.problem(upstream, failure, config.connectTimeout(),
                                    config.requestTimeout()).detail();
                    return Future.succeededFuture(new AreaLists(area, null, reason));
                });
    }
}

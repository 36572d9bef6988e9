package cn.jiedao.gateway.routing;

import cn.jiedao.gateway.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The one Vert.x HTTP client the gateway talks to its upstreams with, pooled per upstream. */
@Singleton
public class UpstreamClient {

    private final HttpClient client;
    private final GatewayConfig config;

    UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.config = config;
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout(millis(config.connectTimeout()))
                .setKeepAlive(true)
                // Bodies pass through as the upstream encoded them; the client decides what it accepts.
                .setDecompressionSupported(false)
                .setTryUseCompression(false);
        this.client = vertx.createHttpClient(options,
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
    }

    /**
     * Opens a request to {@code upstream}. {@code silence} bounds how long the upstream may stay silent,
     * before its answer and between two chunks of it.
     */
    public Future<HttpClientRequest> request(Upstream upstream, HttpMethod method, String pathAndQuery,
            MultiMap headers, Duration silence) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.uri(pathAndQuery))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(silence.toMillis());
        if (headers != null) {
            options.setHeaders(headers);
        }
        return client.request(options);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}

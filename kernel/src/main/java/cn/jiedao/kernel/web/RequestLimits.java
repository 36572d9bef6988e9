package cn.jiedao.kernel.web;

import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The request limits of every service and of the gateway, answered as RFC 9457 problems before anything
 * else looks at the request: a URI longer than {@code jiedao.http.limits.max-uri-length} is 414, headers
 * larger than {@code max-header-size} 431, a body whose {@code Content-Length} passes its route's limit 413.
 * JSON bodies may have {@code max-body-size} (1 MiB); a route named in {@code routes} (a census file) has
 * its own. {@code quarkus.http.limits.*} stay above these as the connection's hard ceiling.
 */
@Singleton
public class RequestLimits {

    /** {@code jiedao.http.limits.*}; e.g. {@code JIEDAO_HTTP_LIMITS_MAX_BODY_SIZE=2M}. */
    @ConfigMapping(prefix = "jiedao.http.limits")
    public interface Config {

        /** Characters of the request line's URI (path and query) at most. */
        @WithDefault("8192")
        int maxUriLength();

        /** Bytes of all request headers together (names and values) at most. */
        @WithDefault("16384")
        int maxHeaderSize();

        /** A request body's size at most, unless its route is listed in {@link #routes()}. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Routes that take larger bodies: {@code routes.<name>.path} (exact) and {@code .max-body-size}. */
        Map<String, Route> routes();

        interface Route {
            String path();

            MemorySize maxBodySize();
        }
    }

    private final Config config;

    RequestLimits(Config config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 30).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri != null && uri.length() > config.maxUriLength()) {
            refuse(ctx, 414, "uri", "has " + uri.length() + " characters; at most " + config.maxUriLength()
                    + " are accepted");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > config.maxHeaderSize()) {
            refuse(ctx, 431, "headers", "take " + headers + " bytes together; at most " + config.maxHeaderSize()
                    + " are accepted");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = bodyLimit(ctx.normalizedPath());
            long size;
            try {
                size = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(ctx, 400, "Content-Length", "is not a number");
                return;
            }
            if (size > limit) {
                // The body is not read: the connection closes after the answer.
                ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                refuse(ctx, 413, "body", "has " + size + " bytes; " + ctx.normalizedPath() + " accepts at most "
                        + limit);
                return;
            }
        }
        ctx.next();
    }

    /** The most bytes a body sent to {@code path} may have. */
    public long bodyLimit(String path) {
        for (Config.Route route : config.routes().values()) {
            if (route.path().equals(path)) {
                return route.maxBodySize().asLongValue();
            }
        }
        return config.maxBodySize().asLongValue();
    }

    private static void refuse(RoutingContext ctx, int status, String field, String reason) {
        ProblemRoutes.write(ctx, ProblemResponses.of(status, field + ": " + reason,
                List.of(new Problem.FieldError(field, reason))));
    }
}

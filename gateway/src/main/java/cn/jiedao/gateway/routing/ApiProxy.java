package cn.jiedao.gateway.routing;

import cn.jiedao.gateway.GatewayConfig;
import cn.jiedao.kernel.problem.ProblemResponses;
import cn.jiedao.kernel.web.ProblemRoutes;
import cn.jiedao.kernel.web.RequestIds;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Forwards {@code /api/<area>} (and everything below it) to the service that owns the area, once the bearer
 * token has been verified. Bodies stream both ways; nothing is buffered. Which role may do what is the
 * service's decision: it verifies the token again and answers 403 itself, which passes through unchanged.
 * {@code /api/reports} is the gateway's own and never forwarded; any other {@code /api/<area>} falls through
 * to the kernel's 404 problem.
 */
@Singleton
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    private final Upstreams upstreams;
    private final UpstreamClient client;
    private final IdentityProviderManager identities;
    private final GatewayConfig config;
    private final ClientRateLimits rateLimits;
    private final VerifiedTokens verifiedTokens;

    ApiProxy(Upstreams upstreams, UpstreamClient client, IdentityProviderManager identities, GatewayConfig config,
            ClientRateLimits rateLimits, VerifiedTokens verifiedTokens) {
        this.upstreams = upstreams;
        this.client = client;
        this.identities = identities;
        this.config = config;
        this.rateLimits = rateLimits;
        this.verifiedTokens = verifiedTokens;
    }

    void install(@Observes Router router) {
        for (Upstream upstream : upstreams.all()) {
            // "/api/economy" and "/api/economy/...", but not "/api/economyx".
            router.routeWithRegex("^" + Pattern.quote(upstream.pathPrefix()) + "(/.*)?$")
                    .handler(ctx -> authenticateThenForward(ctx, upstream));
        }
    }

    private void authenticateThenForward(RoutingContext ctx, Upstream upstream) {
        // Hold the body until the caller is known: it goes upstream or nowhere. Also when the token is known
        // already: until forward() pipes the request upstream, nothing may read (and so lose) its body.
        ctx.request().pause();
        String token = VerifiedTokens.bearerToken(ctx.request());
        SecurityIdentity known = verifiedTokens.get(token);
        if (known != null) {
            limitThenForward(ctx, upstream, known);
            return;
        }
        Context requestContext = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, identities).subscribe().with(
                identity -> onContext(requestContext, () -> {
                    if (identity == null || identity.isAnonymous()) {
                        unauthorized(ctx, false);
                        return;
                    }
                    verifiedTokens.put(token, identity);
                    limitThenForward(ctx, upstream, identity);
                }),
                failure -> onContext(requestContext, () -> {
                    LOG.debugf("Bearer token refused on %s %s: %s", ctx.request().method(), ctx.request().path(),
                            failure.getMessage());
                    unauthorized(ctx, true);
                }));
    }

    private void limitThenForward(RoutingContext ctx, Upstream upstream, SecurityIdentity identity) {
        long wait = rateLimits.secondsToWait(identity.getPrincipal().getName());
        if (wait > 0) {
            tooManyRequests(ctx, wait);
        } else {
            forward(ctx, upstream, identity);
        }
    }

    private void unauthorized(RoutingContext ctx, boolean tokenPresented) {
        if (ctx.response().closed() || ctx.response().ended()) {
            // Quarkus' failure handling answered already: the kernel's 401 problem for a refused token, its
            // 500 problem when verification itself is broken (an unreadable key, say).
            ctx.request().resume();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate",
                tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
        ProblemRoutes.write(ctx, ProblemResponses.of(401, tokenPresented
                ? "The bearer token is not valid (signature, issuer or expiry); sign in again"
                : "A valid bearer token is required (Authorization: Bearer <JWT>)"));
        ctx.request().resume();
    }

    private static void tooManyRequests(RoutingContext ctx, long seconds) {
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        ProblemRoutes.write(ctx, ProblemResponses.of(429,
                "Too many requests from this client; try again in " + seconds + " s"));
        ctx.request().resume();
    }

    private void forward(RoutingContext ctx, Upstream upstream, SecurityIdentity identity) {
        HttpServerRequest in = ctx.request();
        if (ctx.response().closed()) {
            return;
        }
        SocketAddress client = in.remoteAddress();
        MultiMap headers = ProxyHeaders.toUpstream(in.headers(), client == null ? null : client.hostAddress(),
                in.scheme(), in.host());
        String pathAndQuery = ctx.normalizedPath() + (in.query() == null ? "" : "?" + in.query());
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s %s → %s for %s", in.method(), pathAndQuery, upstream, identity.getPrincipal().getName());
        }
        this.client.request(upstream, in.method(), pathAndQuery, headers, config.requestTimeout())
                .onFailure(failure -> failed(ctx, upstream, failure))
                .onSuccess(out -> {
                    // A client that goes away takes its upstream request with it.
                    ctx.addEndHandler(done -> {
                        if (done.failed()) {
                            out.reset();
                        }
                    });
                    send(ctx, out).onComplete(answer -> {
                        if (answer.succeeded()) {
                            relay(ctx, upstream, answer.result());
                        } else {
                            failed(ctx, upstream, answer.cause());
                        }
                    });
                });
    }

    /** Sends the request upstream: the buffered body if something already read it, else the stream itself. */
    private Future<HttpClientResponse> send(RoutingContext ctx, HttpClientRequest out) {
        HttpServerRequest in = ctx.request();
        RequestBody read = ctx.body();
        if (read != null && read.available()) {
            in.resume();
            return read.buffer() == null ? out.send() : out.send(read.buffer());
        }
        boolean hasBody = in.version() == HttpVersion.HTTP_2 ? !in.isEnded()
                : in.headers().contains(HttpHeaders.CONTENT_LENGTH)
                        || in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!hasBody) {
            in.resume();
            return out.send();
        }
        if (in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            ctx.response().writeContinue();
        }
        return out.send(in);
    }

    private void relay(RoutingContext ctx, Upstream upstream, HttpClientResponse answer) {
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        ProxyHeaders.toClient(answer.headers(), response.headers(), upstream, gatewayOrigin(ctx.request()));
        boolean bodiless = ctx.request().method() == HttpMethod.HEAD || answer.statusCode() == 204
                || answer.statusCode() == 304 || answer.statusCode() < 200;
        if (!bodiless && !response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        answer.pipeTo(response).onFailure(failure -> {
            // The status line is out: all that is left is to cut the connection so the client sees a
            // truncated answer rather than a complete-looking one.
            LOG.warnf("%s broke off its answer to %s %s (request %s): %s", upstream.service(),
                    ctx.request().method(), ctx.request().path(), RequestIds.of(ctx.request()),
                    UpstreamFailures.reason(failure));
            if (!response.closed()) {
                response.reset();
            }
        });
    }

    private void failed(RoutingContext ctx, Upstream upstream, Throwable failure) {
        LOG.warnf("%s at %s failed %s %s (request %s): %s", upstream.service(), upstream, ctx.request().method(),
                ctx.request().path(), RequestIds.of(ctx.request()), String.valueOf(failure));
        // Whatever is left of the request body is read and dropped, so the connection can serve the next one.
        ctx.request().resume();
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        ProblemRoutes.write(ctx, UpstreamFailures.problem(upstream, failure, config.connectTimeout(),
                config.requestTimeout()));
    }

    static String gatewayOrigin(HttpServerRequest in) {
        String host = in.host();
        return host == null ? null : in.scheme() + "://" + host;
    }

    /** Vert.x objects of this request are touched on its own context, whichever thread verified the token. */
    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }
}

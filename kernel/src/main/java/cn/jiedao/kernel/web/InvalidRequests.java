package cn.jiedao.kernel.web;

import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemResponses;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * RFC 9457 problems for the requests the HTTP decoder refuses before any route sees them: a request line
 * longer than {@code quarkus.http.limits.max-initial-line-length} (414 naming {@code uri}), headers past
 * {@code quarkus.http.limits.max-header-size} (431 naming {@code headers}), and a request line or header
 * the decoder cannot read — a header name with a space, a NUL in a header value, a tab in the request line, a
 * request line that is not {@code METHOD URI VERSION} (400 naming {@code uri} or {@code headers}). Vert.x
 * answers these with an empty body (or none at all) through its server's <em>invalid request handler</em>.
 * A URI the decoder takes but {@link URI} cannot read (a raw {@code %}, a control character) Quarkus's root
 * handler answers with an empty 400: {@link ValidUris} answers it first, naming {@code path} or {@code query}.
 * After each of these answers the connection closes.
 *
 * <p>Quarkus (3.33, Vert.x 4.5) creates its HTTP servers itself and offers no hook for that handler
 * ({@code HttpServerOptionsCustomizer} sees only the options). So once the servers listen, at
 * {@link HttpServerStart}, this puts its own handler into each server's connection handler, the object that
 * gives every new connection its invalid request handler: four reflective steps into Vert.x's
 * implementation ({@code WebDeploymentVerticle.httpServer} → {@code TCPServerBase.childHandler} →
 * {@code HttpServerWorker.connectionHandler} → {@code HttpServerConnectionHandler.invalidRequestHandler}).
 * A connection opened in the moment before that keeps Vert.x's handlers. If a Vert.x upgrade moves them, the installation logs a warning and Vert.x's empty answers return:
 * the raw-socket tests (eventing's {@code BadInputTest}, the gateway's
 * {@code RequestLimitsTest}, e2e's {@code FuzzTest}) then fail, so an upgrade cannot lose it silently.
 */
@Singleton
public class InvalidRequests {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);

    private final RequestLimits.Config limits;
    /** The handler installed on every HTTP server: an RFC 9457 problem, then the connection closes. */
    private final Handler<HttpServerRequest> handler = this::answer;
    private volatile int installed;
    private static final long[] RETRIES_MS = {0, 100, 500, 2_000, 10_000};

    InvalidRequests(RequestLimits.Config limits) {
        this.limits = limits;
    }

    /**
     * Quarkus announces the HTTP server once its first instance listens; the deployment of all instances (one per
     * event loop) completes a moment later, so the installation is repeated a few times (it is idempotent).
     */
    void install(@ObservesAsync HttpServerStart event, Vertx vertx) {
        attempt(vertx, 0);
    }

    private void attempt(Vertx vertx, int round) {
        installed = installOn(vertx, handler);
        if (round + 1 < RETRIES_MS.length) {
            vertx.setTimer(RETRIES_MS[round + 1], id -> attempt(vertx, round + 1));
        } else if (installed == 0) {
            LOG.warn("No HTTP server found to answer invalid requests with problems: Vert.x answers them"
                    + " without a body");
        } else {
            LOG.debugf("Invalid requests are answered as problems on %d HTTP server instance(s)", installed);
        }
    }

    /** How many HTTP server instances answer invalid requests with problems. */
    public int installed() {
        return installed;
    }

    /** Installs {@code handler} on every HTTP server of {@code vertx}'s deployments; how many it reached. */
    static int installOn(Vertx vertx, Handler<HttpServerRequest> handler) {
        if (!(vertx instanceof VertxInternal internal)) {
            return 0;
        }
        int count = 0;
        for (String id : internal.deploymentIDs()) {
            Deployment deployment = internal.getDeployment(id);
            if (deployment == null) {
                continue;
            }
            for (Verticle verticle : deployment.getVerticles()) {
                for (Class<?> type = verticle.getClass(); type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (HttpServer.class.isAssignableFrom(field.getType())) {
                            try {
                                field.setAccessible(true);
                                Object server = field.get(verticle);
                                if (server != null && installOnServer(server, handler)) {
                                    count++;
                                }
                            } catch (ReflectiveOperationException | RuntimeException e) {
                                LOG.warnf("Cannot answer invalid requests with problems on %s: %s", type.getName(),
                                        e.toString());
                            }
                        }
                    }
                }
            }
        }
        return count;
    }

    private static boolean installOnServer(Object server, Handler<HttpServerRequest> handler) throws ReflectiveOperationException {
        Object worker = read(server, "childHandler");
        if (worker == null) {
            return false; // not listening
        }
        Object connections = read(worker, "connectionHandler");
        if (connections == null) {
            return false;
        }
        field(connections.getClass(), "invalidRequestHandler").set(connections, handler);
        Field requests = field(connections.getClass(), "requestHandler");
        Object current = requests.get(connections);
        if (current instanceof Handler<?> original && !(current instanceof ValidUris)) {
            @SuppressWarnings("unchecked")
            Handler<HttpServerRequest> next = (Handler<HttpServerRequest>) original;
            requests.set(connections, new ValidUris(next));
        }
        return true;
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        return field(target.getClass(), name).get(target);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                Field field = t.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    /**
     * Before Quarkus's own request handler, which answers a URI that {@link URI} cannot read (a raw {@code %}, a
     * control character) with an empty 400: the same refusal as a problem naming {@code path} or {@code query}.
     */
    static final class ValidUris implements Handler<HttpServerRequest> {
        private final Handler<HttpServerRequest> next;

        ValidUris(Handler<HttpServerRequest> next) {
            this.next = next;
        }

        @Override
        public void handle(HttpServerRequest request) {
            Problem problem = uriProblem(request.uri());
            if (problem == null) {
                next.handle(request);
            } else {
                write(request, problem);
            }
        }
    }

    /** The problem of a request target {@link URI} cannot read, or null. */
    static Problem uriProblem(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            int query = uri.indexOf('?');
            String field = query >= 0 && e.getIndex() > query ? "query" : "path";
            char bad = e.getIndex() >= 0 && e.getIndex() < uri.length() ? uri.charAt(e.getIndex()) : '?';
            String what = bad == '%' ? "a % that does not start a %XX escape (write % itself as %25)"
                    : Character.isISOControl(bad) || Character.isWhitespace(bad)
                            ? "a control character or space (U+" + String.format("%04X", (int) bad) + "); percent-encode it"
                            : "the character '" + bad + "', which must be percent-encoded";
            String reason = "holds " + what + " at position " + e.getIndex();
            return refuse(400, field, reason);
        }
    }

    void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult() == null ? null : request.decoderResult().cause();
        write(request, problemFor(cause, limits.maxUriLength(), limits.maxHeaderSize()));
        LOG.debugf("Invalid request answered (%s)", String.valueOf(cause));
    }

    private static void write(HttpServerRequest request, Problem problem) {
        String requestId = UUID.randomUUID().toString();
        Problem full = problem.withRequest(null, requestId);
        request.response()
                .setStatusCode(full.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(Json.encode(full))
                .onComplete(done -> request.connection().close());
    }

    /** The problem for what the HTTP decoder refused ({@code cause} is its failure). */
    static Problem problemFor(Throwable cause, int maxUriLength, int maxHeaderSize) {
        if (cause instanceof TooLongHttpLineException) {
            return refuse(414, "uri", "the request line is longer than this server reads ("
                    + "a URI of " + maxUriLength + " characters at most is accepted)");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return refuse(431, "headers", "are larger than this server reads (" + maxHeaderSize
                    + " bytes together at most are accepted)");
        }
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        boolean header = message.toLowerCase(java.util.Locale.ROOT).contains("header");
        String said = said(message);
        if (header) {
            return refuse(400, "headers", "cannot be read: a header name or value holds a character it may not"
                    + (said.isEmpty() ? "" : " (" + said + ")"));
        }
        return refuse(400, "uri", "the request line cannot be read: it must be METHOD URI HTTP/1.1, and the URI"
                + " may hold no space, control character or % that does not start a %XX escape"
                + (said.isEmpty() ? "" : " (" + said + ")"));
    }

    /** The decoder's own words when they are plain: no exception names, no control characters, short. */
    private static String said(String message) {
        if (message.isEmpty() || message.contains("Exception") || message.contains("java.")) {
            return "";
        }
        StringBuilder plain = new StringBuilder();
        message.codePoints().limit(160).forEach(c -> plain.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return plain.toString().trim();
    }

    private static Problem refuse(int status, String field, String reason) {
        return ProblemResponses.of(status, field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }
}

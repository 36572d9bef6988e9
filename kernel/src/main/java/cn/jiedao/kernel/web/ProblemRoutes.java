package cn.jiedao.kernel.web;

import cn.jiedao.kernel.problem.DatabaseOutage;
import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Problem responses for what never reaches the REST layer: a path no resource serves, and failures raised by
 * HTTP routes (authentication, body limits, anything unexpected). Without this Vert.x would answer with an
 * empty body or its own text.
 */
@Singleton
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).failureHandler(this::failure);
        router.route().last().handler(ctx -> write(ctx, ProblemResponses.of(404,
                "Nothing at " + ctx.request().method() + " " + ctx.request().path())));
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Throwable failure = ctx.failure();
        int status = ctx.statusCode();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            status = 401;
        } else if (failure instanceof ForbiddenException) {
            status = 403;
        } else if (status < 400) {
            status = 500;
        }
        if (status >= 500 && DatabaseOutage.isOutage(failure)) {
            ctx.response().putHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(ctx, DatabaseOutage.problem());
            return;
        }
        String detail;
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            detail = "A valid bearer token is required (Authorization: Bearer <JWT>)";
        } else if (status >= 500) {
            LOG.errorf(failure, "Unexpected failure on %s %s (request %s)", ctx.request().method(),
                    ctx.request().path(), ctx.request().getHeader(RequestIds.HEADER));
            detail = "The request could not be completed; quote request id "
                    + ctx.request().getHeader(RequestIds.HEADER) + " when reporting it";
        } else if (status == 400 && !saneHost(ctx.request().getHeader("Host"))) {
            // Vert.x Web refuses a request without a usable Host before any route
            String reason = "is required, as host or host:port";
            write(ctx, ProblemResponses.of(400, "Host: " + reason, List.of(new Problem.FieldError("Host", reason))));
            return;
        } else {
            detail = ProblemResponses.title(status);
        }
        write(ctx, ProblemResponses.of(status, detail));
    }

    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._~-]+)(:[0-9]{1,5})?");

    private static boolean saneHost(String host) {
        return host != null && HOST.matcher(host).matches();
    }

    public static void write(RoutingContext ctx, Problem problem) {
        Problem full = problem.withRequest(ctx.request().path(), ctx.request().getHeader(RequestIds.HEADER));
        ctx.response()
                .setStatusCode(full.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(full));
    }
}

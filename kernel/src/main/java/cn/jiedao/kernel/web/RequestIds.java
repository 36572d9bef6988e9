package cn.jiedao.kernel.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id}: the caller's (the gateway's) when it sends a sane one, a new
 * UUID otherwise. The id is echoed in the response, put in the log context and quoted in problem responses.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            String id = ctx.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                ctx.request().headers().set(HEADER, id);
            }
            ctx.response().putHeader(HEADER, id);
            MDC.put("requestId", id);
            ctx.addEndHandler(done -> MDC.remove("requestId"));
            ctx.next();
        });
    }

    public static String of(HttpServerRequest request) {
        return request == null ? null : request.getHeader(HEADER);
    }
}

package cn.jiedao.gateway.routing;

import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemResponses;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * What a client is told when an upstream cannot answer: 504 when it stayed silent too long, 502 when it could
 * not be reached or dropped the connection. The detail names the area, never the upstream's address.
 */
public final class UpstreamFailures {

    private UpstreamFailures() {
    }

    public static Problem problem(Upstream upstream, Throwable failure, Duration connectTimeout,
            Duration requestTimeout) {
        if (timedOut(failure)) {
            boolean connecting = causedBy(failure, ConnectTimeoutException.class);
            Duration waited = connecting ? connectTimeout : requestTimeout;
            return ProblemResponses.of(504, upstream.service() + " did not answer within " + seconds(waited)
                    + (connecting ? " (no connection)" : "") + "; try again later");
        }
        return ProblemResponses.of(502, upstream.service() + " is unavailable (" + reason(failure)
                + "); try again later");
    }

    /** A short, address-free reason, for problem details and health lines. */
    public static String reason(Throwable failure) {
        if (timedOut(failure)) {
            return "no answer in time";
        }
        if (causedBy(failure, UnknownHostException.class)) {
            return "unknown host";
        }
        if (causedBy(failure, NoRouteToHostException.class)) {
            return "no route to host";
        }
        if (causedBy(failure, ConnectException.class)) {
            return "connection refused";
        }
        if (causedBy(failure, HttpClosedException.class)) {
            return "connection closed before it answered";
        }
        return "connection failed";
    }

    static boolean timedOut(Throwable failure) {
        return causedBy(failure, TimeoutException.class) || causedBy(failure, ConnectTimeoutException.class)
                || causedBy(failure, SocketTimeoutException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

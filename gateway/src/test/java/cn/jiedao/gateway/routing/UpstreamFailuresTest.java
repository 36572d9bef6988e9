package cn.jiedao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.kernel.problem.Problem;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamFailuresTest {

    private final Upstream mediation = Upstream.of("mediation", "http://mediation:8082");

    private Problem problem(Throwable failure) {
        return UpstreamFailures.problem(mediation, failure, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Test
    void refusedConnectionIs502NamingTheArea() {
        Problem problem = problem(new ConnectException("Connection refused: mediation/10.1.2.3:8082"));
        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.detail()).isEqualTo("mediation service is unavailable (connection refused); try again later");
        assertThat(problem.type().toString()).endsWith("/bad-gateway");
    }

    @Test
    void silenceIs504WithTheTimeoutWaited() {
        Problem answer = problem(new TimeoutException("The timeout period of 30000ms has been exceeded"));
        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.detail()).startsWith("mediation service did not answer within 30 s");

        Problem connect = problem(new ConnectTimeoutException("connection timed out: mediation/10.1.2.3:8082"));
        assertThat(connect.status()).isEqualTo(504);
        assertThat(connect.detail()).startsWith("mediation service did not answer within 5 s (no connection)");
    }

    @Test
    void reasonsNameNoAddress() {
        assertThat(UpstreamFailures.reason(new VertxException(new UnknownHostException("mediation")))).isEqualTo("unknown host");
        assertThat(UpstreamFailures.reason(new HttpClosedException("Connection was closed")))
                .isEqualTo("connection closed before it answered");
        assertThat(UpstreamFailures.reason(new IllegalStateException("10.1.2.3"))).isEqualTo("connection failed");
    }
}

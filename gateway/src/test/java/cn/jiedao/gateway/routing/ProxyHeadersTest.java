package cn.jiedao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

class ProxyHeadersTest {

    private final Upstream economy = Upstream.of("economy", "http://economy:8081");

    @Test
    void endToEndHeadersGoUpstreamAndHopByHopOnesStay() {
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("Authorization", "Bearer abc")
                .add("X-Request-Id", "r-1")
                .add("If-Match", "\"4\"")
                .add("Host", "jiedao.example")
                .add("Connection", "keep-alive, X-Secret-Hop")
                .add("X-Secret-Hop", "1")
                .add("Keep-Alive", "timeout=5")
                .add("Transfer-Encoding", "chunked")
                .add("TE", "trailers")
                .add("Upgrade", "websocket")
                .add("Proxy-Authorization", "Basic x")
                .add("Expect", "100-continue");

        MultiMap out = ProxyHeaders.toUpstream(incoming, "10.0.0.9", "https", "jiedao.example");

        assertThat(out.get("Authorization")).isEqualTo("Bearer abc");
        assertThat(out.get("X-Request-Id")).isEqualTo("r-1");
        assertThat(out.get("If-Match")).isEqualTo("\"4\"");
        assertThat(out.names()).doesNotContain("Host", "Connection", "X-Secret-Hop", "Keep-Alive",
                "Transfer-Encoding", "TE", "Upgrade", "Proxy-Authorization", "Expect");
        assertThat(out.get("X-Forwarded-For")).isEqualTo("10.0.0.9");
        assertThat(out.get("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(out.get("X-Forwarded-Host")).isEqualTo("jiedao.example");
    }

    @Test
    void forwardedForGrowsAndAProxyInFrontKeepsItsProtoAndHost() {
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("X-Forwarded-For", "203.0.113.5")
                .add("X-Forwarded-For", "198.51.100.7")
                .add("X-Forwarded-Proto", "https")
                .add("X-Forwarded-Host", "jiedao.example");

        MultiMap out = ProxyHeaders.toUpstream(incoming, "10.0.0.2", "http", "gateway:8080");

        assertThat(out.getAll("X-Forwarded-For")).containsExactly("203.0.113.5, 198.51.100.7, 10.0.0.2");
        assertThat(out.get("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(out.get("X-Forwarded-Host")).isEqualTo("jiedao.example");
    }

    @Test
    void answerHeadersReachTheClientExceptCorsHopByHopAndRequestId() {
        MultiMap answer = MultiMap.caseInsensitiveMultiMap()
                .add("Content-Type", "application/json")
                .add("ETag", "\"5\"")
                .add("Set-Cookie", "a=1")
                .add("Set-Cookie", "b=2")
                .add("Location", "http://economy:8081/api/economy/units/9")
                .add("Access-Control-Allow-Origin", "*")
                .add("X-Request-Id", "r-1")
                .add("Transfer-Encoding", "chunked")
                .add("Connection", "close");
        MultiMap response = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", "r-1");

        ProxyHeaders.toClient(answer, response, economy, "https://jiedao.example");

        assertThat(response.get("ETag")).isEqualTo("\"5\"");
        assertThat(response.getAll("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(response.get("Location")).isEqualTo("https://jiedao.example/api/economy/units/9");
        assertThat(response.getAll("X-Request-Id")).containsExactly("r-1");
        assertThat(response.names()).doesNotContain("Access-Control-Allow-Origin", "Transfer-Encoding", "Connection");
    }

    @Test
    void onlyUrlsOfThatUpstreamAreRewritten() {
        assertThat(ProxyHeaders.pointAtGateway("/api/economy/units/9", economy, "https://g")).isEqualTo("/api/economy/units/9");
        assertThat(ProxyHeaders.pointAtGateway("http://economy:80812/x", economy, "https://g")).isEqualTo("http://economy:80812/x");
        assertThat(ProxyHeaders.pointAtGateway("https://elsewhere/x", economy, "https://g")).isEqualTo("https://elsewhere/x");
        Upstream prefixed = Upstream.of("hub", "http://proxy:9000/hub");
        assertThat(ProxyHeaders.pointAtGateway("http://proxy:9000/hub/api/hub/teams/3", prefixed, "https://g"))
                .isEqualTo("https://g/api/hub/teams/3");
    }
}

package cn.jiedao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamTest {

    @Test
    void baseUrlGivesHostPortAndPath() {
        Upstream plain = Upstream.of("economy", "http://economy:8081");
        assertThat(plain.host()).isEqualTo("economy");
        assertThat(plain.port()).isEqualTo(8081);
        assertThat(plain.ssl()).isFalse();
        assertThat(plain.uri("/api/economy/units?page=0")).isEqualTo("/api/economy/units?page=0");
        assertThat(plain.origin()).isEqualTo("http://economy:8081");

        Upstream prefixed = Upstream.of("hub", "https://services.example/hub/");
        assertThat(prefixed.port()).isEqualTo(443);
        assertThat(prefixed.ssl()).isTrue();
        assertThat(prefixed.uri("/api/hub/canteens")).isEqualTo("/hub/api/hub/canteens");
        assertThat(prefixed.origin()).isEqualTo("https://services.example");
    }

    @Test
    void unusableBaseUrlIsRefusedWithTheKeyToFix() {
        assertThatThrownBy(() -> Upstream.of("economy", "economy:8081"))
                .hasMessageContaining("jiedao.gateway.upstreams.economy").hasMessageContaining("http://");
        assertThatThrownBy(() -> Upstream.of("economy", "http://economy:8081/?x=1"))
                .hasMessageContaining("query");
        assertThatThrownBy(() -> Upstream.of("economy", "http:///nohost")).hasMessageContaining("no host");
    }

    @Test
    void reportsAreaAndOddNamesCannotBeConfigured() {
        assertThatThrownBy(() -> new Upstreams(Map.of("reports", "http://127.0.0.1:9999")))
                .hasMessageContaining("/api/reports belongs to the gateway");
        assertThatThrownBy(() -> new Upstreams(Map.of("Economy", "http://127.0.0.1:9999")))
                .hasMessageContaining("lower-case");
    }

    @Test
    void upstreamsAreOrderedByArea() {
        Upstreams upstreams = new Upstreams(Map.of("safety", "http://a:1", "economy", "http://b:2", "hub", "http://c:3"));
        assertThat(upstreams.areas()).isEqualTo("economy, hub, safety");
        assertThat(upstreams.byArea("hub")).map(Upstream::port).hasValue(3);
        assertThat(upstreams.byArea("parking")).isEmpty();
    }
}

package cn.jiedao.gateway.routing;

import cn.jiedao.gateway.GatewayConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** The configured upstreams, checked once at startup so that a typo stops the gateway instead of a request. */
@Singleton
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]*");

    /** The area of the gateway's own resources (the annual report): never forwarded to a service. */
    public static final String GATEWAY_AREA = "reports";

    private final Map<String, Upstream> byArea;

    @Inject
    Upstreams(GatewayConfig config) {
        this(config.upstreams());
        LOG.infof("Routing %s; CORS admits %s", describe(), config.frontendOrigin());
    }

    Upstreams(Map<String, String> configured) {
        Map<String, Upstream> parsed = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        configured.forEach((area, url) -> {
            if (!AREA.matcher(area).matches()) {
                problems.add("jiedao.gateway.upstreams." + area + ": an area is lower-case letters, digits and '-'");
            } else if (GATEWAY_AREA.equals(area)) {
                problems.add("jiedao.gateway.upstreams." + area + ": /api/" + GATEWAY_AREA
                        + " belongs to the gateway itself and cannot be forwarded");
            } else {
                try {
                    parsed.put(area, Upstream.of(area, url));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Gateway configuration is not usable: " + String.join("; ", problems));
        }
        this.byArea = Collections.unmodifiableMap(parsed);
    }

    public Optional<Upstream> byArea(String area) {
        return Optional.ofNullable(byArea.get(area));
    }

    /** Every upstream, ordered by area. */
    public Collection<Upstream> all() {
        return byArea.values();
    }

    public String areas() {
        return String.join(", ", byArea.keySet());
    }

    private String describe() {
        return byArea.values().stream().map(u -> u.pathPrefix() + " → " + u).reduce((a, b) -> a + ", " + b)
                .orElse("nothing (no jiedao.gateway.upstreams configured)");
    }
}

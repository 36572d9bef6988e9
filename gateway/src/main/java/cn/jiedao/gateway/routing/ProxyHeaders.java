package cn.jiedao.gateway.routing;

import cn.jiedao.kernel.web.RequestIds;
import io.vertx.core.MultiMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which headers cross the gateway, in each direction. End-to-end headers pass unchanged (Authorization and
 * X-Request-Id included); hop-by-hop ones (RFC 9110 §7.6.1), and any the Connection header names, stay on
 * their own connection.
 */
final class ProxyHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_HOST = "X-Forwarded-Host";

    private ProxyHeaders() {
    }

    /**
     * The headers to send upstream. The client's address is appended to X-Forwarded-For; X-Forwarded-Proto and
     * -Host keep what a proxy in front of the gateway set, else say how the client reached the gateway. Host
     * becomes the upstream's own (the HTTP client sets it), and Expect is answered by the gateway itself.
     */
    static MultiMap toUpstream(MultiMap incoming, String clientAddress, String scheme, String host) {
        Set<String> dropped = dropped(incoming);
        dropped.add("host");
        dropped.add("expect");
        dropped.add(FORWARDED_FOR.toLowerCase(Locale.ROOT));
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : incoming) {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.add(header.getKey(), header.getValue());
            }
        }
        List<String> chain = incoming.getAll(FORWARDED_FOR);
        String earlier = String.join(", ", chain);
        if (clientAddress != null) {
            out.set(FORWARDED_FOR, earlier.isBlank() ? clientAddress : earlier + ", " + clientAddress);
        } else if (!earlier.isBlank()) {
            out.set(FORWARDED_FOR, earlier);
        }
        if (!out.contains(FORWARDED_PROTO) && scheme != null) {
            out.set(FORWARDED_PROTO, scheme);
        }
        if (!out.contains(FORWARDED_HOST) && host != null) {
            out.set(FORWARDED_HOST, host);
        }
        return out;
    }

    /**
     * Copies the upstream's answer headers onto the gateway's response. CORS headers are the gateway's alone
     * (the browser talks to it), and X-Request-Id is already set; absolute URLs that point at the upstream
     * (Location, Content-Location) are rewritten to point at the gateway, so no internal address leaks.
     */
    static void toClient(MultiMap upstream, MultiMap response, Upstream from, String gatewayOrigin) {
        Set<String> dropped = dropped(upstream);
        for (Map.Entry<String, String> header : upstream) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (dropped.contains(name) || name.startsWith("access-control-")
                    || name.equalsIgnoreCase(RequestIds.HEADER)) {
                continue;
            }
            String value = header.getValue();
            if (name.equals("location") || name.equals("content-location")) {
                value = pointAtGateway(value, from, gatewayOrigin);
            }
            response.add(header.getKey(), value);
        }
    }

    /** {@code http://economy:8081/api/economy/units/7} → {@code https://jiedao.example/api/economy/units/7}. */
    static String pointAtGateway(String url, Upstream from, String gatewayOrigin) {
        if (url == null || gatewayOrigin == null) {
            return url;
        }
        String prefix = from.origin() + from.basePath();
        if (url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            String rest = url.substring(prefix.length());
            if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?")) {
                return gatewayOrigin + (rest.isEmpty() ? "/" : rest);
            }
        }
        return url;
    }

    private static Set<String> dropped(MultiMap headers) {
        Set<String> names = new HashSet<>(HOP_BY_HOP);
        for (String connection : headers.getAll("Connection")) {
            for (String token : connection.split(",")) {
                String name = token.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}

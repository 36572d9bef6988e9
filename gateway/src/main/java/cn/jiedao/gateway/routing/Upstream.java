package cn.jiedao.gateway.routing;

import java.net.URI;
import java.util.Locale;

/**
 * One service behind the gateway: the area whose {@code /api/<area>} paths it owns, and where it listens.
 * {@code basePath} is empty unless the service sits under a path prefix (a reverse proxy of its own).
 */
public record Upstream(String area, String scheme, String host, int port, String basePath) {

    /** Parses a configured base URL such as {@code http://economy:8081}; rejects anything else with its reason. */
    public static Upstream of(String area, String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(invalid(area, baseUrl, "not a URL"), e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(invalid(area, baseUrl, "it must start with http:// or https://"));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(invalid(area, baseUrl, "it names no host"));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(invalid(area, baseUrl, "it may hold no query, fragment or user"));
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Upstream(area, scheme, uri.getHost(), port, path);
    }

    private static String invalid(String area, String baseUrl, String why) {
        return "jiedao.gateway.upstreams." + area + "=" + baseUrl + " is not a usable base URL: " + why;
    }

    public boolean ssl() {
        return "https".equals(scheme);
    }

    /** The path prefix the gateway forwards to this upstream. */
    public String pathPrefix() {
        return "/api/" + area;
    }

    /** Where a path the client asked for lives on the upstream. */
    public String uri(String pathAndQuery) {
        return basePath + pathAndQuery;
    }

    /** Scheme, host and port as the upstream names itself in absolute URLs it answers with. */
    public String origin() {
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + shownHost + (defaultPort ? "" : ":" + port);
    }

    /** How problem details and logs name it: "economy service". */
    public String service() {
        return area + " service";
    }

    @Override
    public String toString() {
        return origin() + basePath;
    }
}

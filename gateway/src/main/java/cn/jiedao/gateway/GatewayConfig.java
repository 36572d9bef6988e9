package cn.jiedao.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the gateway is told about its surroundings. The environment overrides each key the usual
 * way: {@code JIEDAO_GATEWAY_UPSTREAMS_ECONOMY=http://economy:8081}, {@code JIEDAO_GATEWAY_REQUEST_TIMEOUT=60s}.
 */
@ConfigMapping(prefix = "jiedao.gateway")
public interface GatewayConfig {

    /**
     * Area → base URL of the service that owns {@code /api/<area>}. The path a client asks for is appended
     * unchanged: paths are the same through the gateway and directly.
     */
    Map<String, String> upstreams();

    /** How long to wait for a TCP connection to an upstream (or a free one from the pool). */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * How long an upstream may stay silent, before answering and between two chunks of its answer, before
     * the gateway gives up with 504.
     */
    @WithDefault("30s")
    Duration requestTimeout();

    /** How long a readiness probe waits for an upstream's {@code /q/health/ready}. */
    @WithDefault("3s")
    Duration healthTimeout();

    /** Connections the gateway keeps open to each upstream at most; further requests queue. */
    @WithDefault("64")
    int maxConnectionsPerUpstream();

    /**
     * The web frontend's origin, which CORS admits ({@code quarkus.http.cors.origins} reads it);
     * several may be given separated by commas.
     */
    String frontendOrigin();

    RateLimit rateLimit();

    /** Verified bearer tokens kept by the gateway ({@code VerifiedTokens}). */
    TokenCache tokenCache();

    /** How long the gateway keeps a service's code lists before it asks again (they change with a deploy). */
    @WithDefault("5m")
    Duration codeListsTtl();

    /**
     * How long the annual report waits for each service's statistics; a service that has not answered by then
     * leaves its sections unavailable and the rest of the report is served.
     */
    @WithDefault("10s")
    Duration reportTimeout();

    /**
     * Requests each client (the token's subject) may make through the gateway: a bucket of {@code capacity}
     * requests, refilled evenly over {@code period}. Past it the gateway answers 429 with Retry-After.
     */
    interface TokenCache {
        /** false: every request's token is verified again. */
        @WithDefault("true")
        boolean enabled();

        /** Tokens kept at most; the least recently used go first. */
        @WithDefault("10000")
        int maxSize();

        /** Longest a verified token is kept, even if it expires later. */
        @WithDefault("5m")
        Duration maxAge();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("600")
        int capacity();

        @WithDefault("1m")
        Duration period();
    }
}

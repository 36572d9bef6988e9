package cn.jiedao.gateway.routing;

import cn.jiedao.gateway.GatewayConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens the gateway has verified, each with the identity it gave, kept until the token expires (at
 * most {@code jiedao.gateway.token-cache.max-age}), keyed by the whole token string: the same string is the
 * same header, payload and signature, so verifying it again would give the same answer until it expires.
 * Verifying an RS256 token was most of the gateway's CPU time per request (issue 13). Only tokens that passed
 * verification are kept; a refused token is verified again each time it comes.
 */
@Singleton
public class VerifiedTokens {

    private static final String BEARER = "Bearer ";

    private final Cache<String, Verified> tokens;
    private final boolean enabled;

    private record Verified(SecurityIdentity identity, long expiresAtNanos) {
    }

    VerifiedTokens(GatewayConfig config) {
        GatewayConfig.TokenCache settings = config.tokenCache();
        this.enabled = settings.enabled() && settings.maxSize() > 0;
        long maxAgeNanos = settings.maxAge().toNanos();
        this.tokens = Caffeine.newBuilder()
                .maximumSize(Math.max(1, settings.maxSize()))
                .expireAfter(new Expiry<String, Verified>() {
                    @Override
                    public long expireAfterCreate(String token, Verified verified, long now) {
                        return Math.max(0, Math.min(maxAgeNanos, verified.expiresAtNanos() - now));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Verified verified, long now, long current) {
                        return expireAfterCreate(token, verified, now);
                    }

                    @Override
                    public long expireAfterRead(String token, Verified verified, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** The bearer token of {@code request}, or null when it sends none. */
    static String bearerToken(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** The identity {@code token} was verified to, if it was and has not expired since; else null. */
    SecurityIdentity get(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Verified verified = tokens.getIfPresent(token);
        if (verified == null) {
            return null;
        }
        if (verified.expiresAtNanos() - System.nanoTime() <= 0) { // the cache's clock is coarser than exp
            tokens.invalidate(token);
            return null;
        }
        return verified.identity();
    }

    /** Keeps {@code identity}, which {@code token} was just verified to, until the token's {@code exp}. */
    void put(String token, SecurityIdentity identity) {
        if (!enabled || token == null || identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long secondsLeft = jwt.getExpirationTime() - System.currentTimeMillis() / 1000;
        if (secondsLeft <= 0) {
            return;
        }
        tokens.put(token, new Verified(identity, System.nanoTime() + Duration.ofSeconds(secondsLeft).toNanos()));
    }

    long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }
}

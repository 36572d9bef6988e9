package cn.jiedao.gateway.routing;

import cn.jiedao.gateway.GatewayConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * One token bucket per client (Bucket4j), kept while the client is active (Caffeine evicts idle ones), so
 * that one runaway script or machine client cannot starve the street's staff.
 */
@Singleton
public class ClientRateLimits {

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    ClientRateLimits(GatewayConfig config) {
        this.config = config.rateLimit();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(this.config.period().multipliedBy(2).plus(Duration.ofMinutes(1)))
                .maximumSize(100_000)
                .build();
    }

    /** @return zero if {@code client} may go on, else the whole seconds until it may (for Retry-After) */
    public long secondsToWait(String client) {
        if (!config.enabled()) {
            return 0;
        }
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.capacity())
                        .refillGreedy(config.capacity(), config.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}

package dev.engagehub.gateway.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fixed-window counters in Redis, shared by every gateway instance: {@code rl:{bucket}:<window>} is incremented
 * per request and expires with its window. If Redis cannot answer, requests pass (logged): an outage of the
 * limiter must not become an outage of the API.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** Whether the request may go on, and if not, how many seconds until it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;

    RateLimiter(ReactiveRedisDataSource redis) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
    }

    public Uni<Decision> hit(String bucket, int perMinute, Instant now) {
        long window = now.getEpochSecond() / WINDOW.toSeconds();
        long secondsLeft = WINDOW.toSeconds() - now.getEpochSecond() % WINDOW.toSeconds();
        String key = "rl:{" + bucket + "}:" + window;
        return counters.incr(key)
                .call(count -> count == 1 ? keys.expire(key, WINDOW.plusSeconds(5)) : Uni.createFrom().voidItem())
                .map(count -> new Decision(count <= perMinute, secondsLeft))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("rate limiter unavailable, letting %s through: %s", bucket, failure.toString());
                    return new Decision(true, 0);
                });
    }
}

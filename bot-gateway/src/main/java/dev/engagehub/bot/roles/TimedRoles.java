package dev.engagehub.bot.roles;

import dev.engagehub.bot.discord.DiscordApi;
import dev.engagehub.bot.notify.Deliveries;
import dev.engagehub.kit.db.NativeRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Roles that last a while: a perk redeemed "for 30 days" is remembered here and removed when it expires.
 * Redeeming it again extends the time left. The sweep runs on every instance; rows are claimed with
 * {@code SKIP LOCKED}, so each expiry is handled once.
 */
@ApplicationScoped
public class TimedRoles {
    private static final int BATCH = 100;

    private final EntityManager entityManager;
    private final DiscordApi discord;
    private final Deliveries deliveries;

    TimedRoles(EntityManager entityManager, DiscordApi discord, Deliveries deliveries) {
        this.entityManager = entityManager;
        this.discord = discord;
        this.deliveries = deliveries;
    }

    /** Records (or extends) a role held for {@code days} from now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void granted(String guildId, String userId, String roleId, int days, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO timed_roles (guild_id, user_id, role_id, expires_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (guild_id, user_id, role_id)
                        DO UPDATE SET expires_at = GREATEST(timed_roles.expires_at, ?5) + (?6 * interval '1 day')""")
                .setParameter(1, guildId).setParameter(2, userId).setParameter(3, roleId)
                .setParameter(4, now.plus(Duration.ofDays(days))).setParameter(5, now).setParameter(6, days)
                .executeUpdate();
    }

    @Scheduled(every = "${engagehub.discord.role-sweep:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        expire(Instant.now());
    }

    /** Removes every role that expired by {@code now}; returns how many. */
    public int expire(Instant now) {
        int removed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> expireBatch(now));
            removed += batch;
        } while (batch == BATCH);
        return removed;
    }

    private int expireBatch(Instant now) {
        List<Object[]> due = NativeRows.of(entityManager, """
                SELECT guild_id, user_id, role_id FROM timed_roles WHERE expires_at <= ?1
                ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now, BATCH);
        for (Object[] row : due) {
            // A member who left or a deleted role is skipped; Discord being down keeps the row for the next sweep.
            deliveries.call("remove an expired role", discord.removeRole((String) row[0], (String) row[1],
                    (String) row[2], "Reward period ended"));
            entityManager.createNativeQuery(
                            "DELETE FROM timed_roles WHERE guild_id = ?1 AND user_id = ?2 AND role_id = ?3")
                    .setParameter(1, row[0]).setParameter(2, row[1]).setParameter(3, row[2]).executeUpdate();
        }
        return due.size();
    }
}

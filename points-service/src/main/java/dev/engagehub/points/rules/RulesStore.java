package dev.engagehub.points.rules;

import static dev.engagehub.kit.db.SqlValues.instant;
import static dev.engagehub.kit.db.SqlValues.number;
import static dev.engagehub.kit.db.SqlValues.timestamp;

import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.points.domain.LevelCurve;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes a community's rules in PostgreSQL; the tables are in V2__communities_and_rules.sql. */
@ApplicationScoped
@Transactional
public class RulesStore {
    private final EntityManager db;

    RulesStore(EntityManager db) {
        this.db = db;
    }

    /** Every community's id, in order. */
    @SuppressWarnings("unchecked")
    public List<String> communityIds() {
        return db.createNativeQuery("SELECT id FROM communities ORDER BY id").getResultList();
    }

    /** Creates the community with the default rules, or renames it and moves its time zone; true if created. */
    public boolean upsertCommunity(String communityId, String name, ZoneId zone) {
        boolean created = db.createNativeQuery("""
                        INSERT INTO communities (id, name, time_zone) VALUES (?1, ?2, ?3)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, communityId).setParameter(2, name).setParameter(3, zone.getId())
                .executeUpdate() == 1;
        if (created) {
            DefaultRules.ACTIONS.forEach(rule -> saveAction(communityId, rule));
        } else {
            db.createNativeQuery("UPDATE communities SET name = ?2, time_zone = ?3 WHERE id = ?1")
                    .setParameter(1, communityId).setParameter(2, name).setParameter(3, zone.getId())
                    .executeUpdate();
        }
        return created;
    }

    public void saveAction(String communityId, ActionRule rule) {
        db.createNativeQuery("""
                        INSERT INTO action_rules (community_id, action, min_points, max_points, cooldown_seconds,
                                                  daily_cap, enabled)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (community_id, action) DO UPDATE
                           SET min_points = EXCLUDED.min_points, max_points = EXCLUDED.max_points,
                               cooldown_seconds = EXCLUDED.cooldown_seconds, daily_cap = EXCLUDED.daily_cap,
                               enabled = EXCLUDED.enabled""")
                .setParameter(1, communityId).setParameter(2, rule.action())
                .setParameter(3, rule.minPoints()).setParameter(4, rule.maxPoints())
                .setParameter(5, (int) rule.cooldown().toSeconds()).setParameter(6, rule.dailyCap())
                .setParameter(7, rule.enabled())
                .executeUpdate();
    }

    public boolean deleteAction(String communityId, String action) {
        return db.createNativeQuery("DELETE FROM action_rules WHERE community_id = ?1 AND action = ?2")
                .setParameter(1, communityId).setParameter(2, action).executeUpdate() == 1;
    }

    public void addMultiplier(String communityId, Multiplier multiplier) {
        db.createNativeQuery("""
                        INSERT INTO multipliers (id, community_id, name, factor, role_id, starts_at, ends_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, multiplier.id()).setParameter(2, communityId).setParameter(3, multiplier.name())
                .setParameter(4, multiplier.factor()).setParameter(5, multiplier.roleId())
                .setParameter(6, timestamp(multiplier.startsAt())).setParameter(7, timestamp(multiplier.endsAt()))
                .executeUpdate();
    }

    public boolean deleteMultiplier(String communityId, UUID id) {
        return db.createNativeQuery("DELETE FROM multipliers WHERE community_id = ?1 AND id = ?2")
                .setParameter(1, communityId).setParameter(2, id).executeUpdate() == 1;
    }

    /** Replaces the community-wide settings: curve, streak grace, no-XP lists, level roles, segments. */
    public void saveSettings(String communityId, CommunitySettings settings) {
        db.createNativeQuery("""
                        UPDATE communities SET level_quadratic = ?2, level_linear = ?3, level_base = ?4,
                                               streak_grace_days = ?5
                        WHERE id = ?1""")
                .setParameter(1, communityId).setParameter(2, (int) settings.curve().a())
                .setParameter(3, (int) settings.curve().b()).setParameter(4, (int) settings.curve().c())
                .setParameter(5, settings.streakGraceDays())
                .executeUpdate();
        replaceAll("no_xp_targets", communityId);
        settings.noXpChannels().forEach(channel -> insertNoXp(communityId, "CHANNEL", channel));
        settings.noXpRoles().forEach(role -> insertNoXp(communityId, "ROLE", role));
        replaceAll("level_role_rewards", communityId);
        settings.levelRoleRewards().forEach((level, role) ->
                db.createNativeQuery("INSERT INTO level_role_rewards (community_id, level, role_id) VALUES (?1, ?2, ?3)")
                        .setParameter(1, communityId).setParameter(2, level).setParameter(3, role).executeUpdate());
        replaceAll("leaderboard_segments", communityId);
        settings.segments().forEach((role, name) ->
                db.createNativeQuery("INSERT INTO leaderboard_segments (community_id, role_id, name) VALUES (?1, ?2, ?3)")
                        .setParameter(1, communityId).setParameter(2, role).setParameter(3, name).executeUpdate());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommunityRules> load(String communityId) {
        List<?> found = db.createNativeQuery("""
                        SELECT name, time_zone, level_quadratic, level_linear, level_base, streak_grace_days
                        FROM communities WHERE id = ?1""")
                .setParameter(1, communityId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] community = (Object[]) found.get(0);
        Set<String> noXpChannels = new HashSet<>();
        Set<String> noXpRoles = new HashSet<>();
        for (Object[] row : rows("SELECT kind, target_id FROM no_xp_targets WHERE community_id = ?1", communityId)) {
            ("CHANNEL".equals(row[0]) ? noXpChannels : noXpRoles).add((String) row[1]);
        }
        Map<Integer, String> levelRoles = new HashMap<>();
        rows("SELECT level, role_id FROM level_role_rewards WHERE community_id = ?1", communityId)
                .forEach(row -> levelRoles.put(((Number) row[0]).intValue(), (String) row[1]));
        Map<String, String> segments = new HashMap<>();
        rows("SELECT role_id, name FROM leaderboard_segments WHERE community_id = ?1", communityId)
                .forEach(row -> segments.put((String) row[0], (String) row[1]));
        return Optional.of(new CommunityRules(communityId, (String) community[0], ZoneId.of((String) community[1]),
                new LevelCurve(number(community[2]), number(community[3]), number(community[4])),
                (int) number(community[5]), actionsOf(communityId), multipliersOf(communityId),
                noXpChannels, noXpRoles, levelRoles, segments, List.of(), List.of()));
    }

    private Map<String, ActionRule> actionsOf(String communityId) {
        return rows("""
                SELECT action, min_points, max_points, cooldown_seconds, daily_cap, enabled
                FROM action_rules WHERE community_id = ?1""", communityId).stream()
                .map(row -> new ActionRule((String) row[0], (int) number(row[1]), (int) number(row[2]),
                        Duration.ofSeconds(number(row[3])), row[4] == null ? null : (int) number(row[4]),
                        (Boolean) row[5]))
                .collect(Collectors.toMap(ActionRule::action, Function.identity()));
    }

    private List<Multiplier> multipliersOf(String communityId) {
        return rows("""
                SELECT id, name, factor, role_id, starts_at, ends_at
                FROM multipliers WHERE community_id = ?1 ORDER BY name""", communityId).stream()
                .map(row -> new Multiplier((UUID) row[0], (String) row[1], (BigDecimal) row[2], (String) row[3],
                        instant(row[4]), instant(row[5])))
                .toList();
    }

    private List<Object[]> rows(String sql, String communityId) {
        return NativeRows.of(db, sql, communityId);
    }

    private void replaceAll(String table, String communityId) {
        db.createNativeQuery("DELETE FROM " + table + " WHERE community_id = ?1").setParameter(1, communityId)
                .executeUpdate();
    }

    private void insertNoXp(String communityId, String kind, String target) {
        db.createNativeQuery("INSERT INTO no_xp_targets (community_id, kind, target_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, communityId).setParameter(2, kind).setParameter(3, target).executeUpdate();
    }
}

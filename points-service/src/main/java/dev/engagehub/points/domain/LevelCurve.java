package dev.engagehub.points.domain;

/**
 * How much lifetime XP each level takes. Members start at level 0; going from level L to L+1 takes
 * {@code a·L² + b·L + c} XP, by default 5·L² + 50·L + 100 (the curve members of XP bots know).
 */
public record LevelCurve(long a, long b, long c) {
    public static final LevelCurve DEFAULT = new LevelCurve(5, 50, 100);
    /** Far beyond any real member; keeps the arithmetic clear of overflow. */
    static final int MAX_LEVEL = 10_000;

    public LevelCurve {
        if (a < 0 || b < 0 || c <= 0) {
            throw new IllegalArgumentException("a curve needs a, b >= 0 and c > 0 so every level costs XP");
        }
    }

    /** XP needed to go from {@code level} to the next one. */
    public long xpToAdvanceFrom(int level) {
        return a * level * level + b * level + c;
    }

    /** Total lifetime XP at which {@code level} is reached. */
    public long xpForLevel(int level) {
        long total = 0;
        for (int l = 0; l < level; l++) {
            total += xpToAdvanceFrom(l);
        }
        return total;
    }

    /** The level a member with this much lifetime XP has reached. */
    public int levelFor(long lifetimeXp) {
        int level = 0;
        long needed = xpToAdvanceFrom(0);
        long remaining = lifetimeXp;
        while (remaining >= needed && level < MAX_LEVEL) {
            remaining -= needed;
            level++;
            needed = xpToAdvanceFrom(level);
        }
        return level;
    }
}

package dev.engagehub.bot.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh Discord-style ids, so every test has its own guilds and members in the shared services. */
public final class Snowflakes {
    private Snowflakes() {
    }

    /** 18 digits ending in 0 (the fake guild's channel id ends in 9, so they never collide). */
    public static String next() {
        return (ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L)) + "00";
    }
}

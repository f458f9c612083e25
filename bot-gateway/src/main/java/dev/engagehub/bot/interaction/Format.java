package dev.engagehub.bot.interaction;

import java.text.NumberFormat;
import java.util.Locale;

/** How numbers, bars and people look in the bot's messages. */
public final class Format {
    private static final int BAR_WIDTH = 12;

    private Format() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** {@code ▰▰▰▰▱▱▱▱ 50%}: how far {@code done} is towards {@code goal}. */
    public static String bar(long done, long goal) {
        double share = goal <= 0 ? 1 : Math.max(0, Math.min(1, (double) done / goal));
        int filled = (int) Math.round(share * BAR_WIDTH);
        return "▰".repeat(filled) + "▱".repeat(BAR_WIDTH - filled) + " " + Math.round(share * 100) + "%";
    }

    /** A mention renders as the member's name and, inside embeds, pings nobody. */
    public static String member(String userId) {
        return "<@" + userId + ">";
    }

    public static String role(String roleId) {
        return "<@&" + roleId + ">";
    }

    public static String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    public static String medal(long rank) {
        return rank == 1 ? "🥇" : rank == 2 ? "🥈" : rank == 3 ? "🥉" : "`#" + rank + "`";
    }
}

package dev.engagehub.points.leaderboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The time windows a leaderboard is kept for, each bucketed by a period label. */
public enum LeaderboardWindow {
    DAY(Duration.ofDays(40)),
    WEEK(Duration.ofDays(7 * 20)),
    MONTH(Duration.ofDays(400)),
    ALL(Duration.ZERO);

    /** How long a period's board is kept after its last update; zero keeps it for good. */
    private final Duration retention;

    LeaderboardWindow(Duration retention) {
        this.retention = retention;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Duration retention() {
        return retention;
    }

    /** The period an instant falls in, in the community's time zone: 2026-11-25, 2026-W48, 2026-11, all. */
    public String periodOf(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(day).toString();
            case ALL -> "all";
        };
    }

    public static Optional<LeaderboardWindow> fromSlug(String slug) {
        return Arrays.stream(values()).filter(window -> window.slug().equals(slug)).findFirst();
    }
}

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
    DAY(Duration.ofDays(40), "YYYY-MM-DD"),
    WEEK(Duration.ofDays(7 * 20), "IYYY-\"W\"IW"),
    MONTH(Duration.ofDays(400), "YYYY-MM"),
    ALL(Duration.ZERO, "\"all\"");

    /** How long a period's board is kept after its last update; zero keeps it for good. */
    private final Duration retention;
    /** PostgreSQL {@code to_char} pattern giving the same labels as {@link #periodOf}, for rebuilds. */
    private final String sqlPeriodFormat;

    LeaderboardWindow(Duration retention, String sqlPeriodFormat) {
        this.retention = retention;
        this.sqlPeriodFormat = sqlPeriodFormat;
    }

    String sqlPeriodFormat() {
        return sqlPeriodFormat;
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

    /** True when {@code period} is a label this window produces (2026-11-25, 2026-W48, 2026-11, all). */
    public boolean isPeriod(String period) {
        return period != null && period.matches(switch (this) {
            case DAY -> "\\d{4}-\\d{2}-\\d{2}";
            case WEEK -> "\\d{4}-W\\d{2}";
            case MONTH -> "\\d{4}-\\d{2}";
            case ALL -> "all";
        });
    }

    public static Optional<LeaderboardWindow> fromSlug(String slug) {
        return Arrays.stream(values()).filter(window -> window.slug().equals(slug)).findFirst();
    }
}

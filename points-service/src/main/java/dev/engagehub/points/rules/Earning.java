package dev.engagehub.points.rules;

/** What one activity earned, and when nothing, why not. */
public record Earning(long points, Outcome outcome) {
    public enum Outcome { EARNED, CAPPED_PARTLY, DISABLED, NO_XP, COOLDOWN, DAILY_CAP, DUPLICATE }

    public static Earning nothing(Outcome why) {
        return new Earning(0, why);
    }

    public boolean earned() {
        return points > 0;
    }
}

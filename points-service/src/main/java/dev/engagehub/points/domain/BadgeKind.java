package dev.engagehub.points.domain;

/** What a badge rule measures; a badge is earned when the measure reaches the rule's threshold. */
public enum BadgeKind {
    /** Level reached. */
    LEVEL,
    /** Current daily streak, in days. */
    STREAK_DAYS,
    /** Lifetime XP. */
    LIFETIME_XP,
    /** Awarded uses of one action (the rule's subject), e.g. 1,000 messages. */
    ACTION_COUNT,
    /** Approved submissions, of one template when the rule has a subject, of any otherwise. */
    APPROVED_SUBMISSIONS,
    /** Challenges completed. */
    CHALLENGES_COMPLETED,
    /** Finished a calendar month within the top N of the monthly board. */
    MONTHLY_TOP,
    /** Only given by hand, or as a challenge's reward. */
    MANUAL
}

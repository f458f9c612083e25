package dev.engagehub.gateway.email;

import dev.engagehub.events.NotificationRequested;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.SubmissionReviewed;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What each email says. Plain text, short, with what to do next. */
final class EmailTexts {
    private static final String SIGNATURE = "\n\n— EngageHub\nYou get this because you asked for email from your "
            + "community. To stop, turn notifications off in your profile.";

    private EmailTexts() {
    }

    static Email fulfilled(RedemptionFulfilled fulfilled) {
        StringBuilder text = new StringBuilder("Your reward \"" + fulfilled.rewardName() + "\" is ready.");
        if (fulfilled.code() != null) {
            text.append("\n\nYour code: ").append(fulfilled.code());
        }
        if (fulfilled.roleId() != null) {
            text.append("\n\nYour new role is active").append(fulfilled.roleDurationDays() == null ? "."
                    : " for " + fulfilled.roleDurationDays() + " days.");
        }
        if (fulfilled.shippingStatus() != null) {
            text.append("\n\nShipping: ").append(fulfilled.shippingStatus());
        }
        if (fulfilled.instructions() != null) {
            text.append("\n\nHow to use it: ").append(fulfilled.instructions());
        }
        return new Email("reward-fulfilled", "Your reward is ready: " + fulfilled.rewardName(), text + SIGNATURE);
    }

    static Email rejected(RedemptionRejected rejected) {
        return new Email("reward-rejected", "Your redemption didn't go through",
                "Your redemption of \"" + rejected.rewardId() + "\" was not completed: " + rejected.reason()
                        + (rejected.refundDue() ? "\n\nYour " + number(rejected.cost()) + " points are on their way back."
                        : "") + SIGNATURE);
    }

    static Email reviewed(SubmissionReviewed reviewed) {
        boolean approved = reviewed.decision() == SubmissionReviewed.Decision.APPROVED;
        return new Email("submission-reviewed", approved ? "Your submission was approved"
                : "Your submission was not approved", approved
                ? "Your \"" + reviewed.templateKey() + "\" claim was approved: " + number(reviewed.points())
                + " points are yours." + SIGNATURE
                : "Your \"" + reviewed.templateKey() + "\" claim was not approved: " + reviewed.reason() + SIGNATURE);
    }

    static Email streakReminder() {
        return new Email("streak-reminder", "Your streak ends tonight",
                "You have been active every day lately; your streak ends at midnight unless you show up today. "
                        + "One message or a daily check-in keeps it going." + SIGNATURE);
    }

    static Email digest(long balance, int level, long weekXp, Long weekRank) {
        return new Email("weekly-digest", "Your week: " + number(weekXp) + " XP",
                "This week you earned " + number(weekXp) + " XP" + (weekRank == null ? "."
                        : " and ranked #" + weekRank + " in your community.")
                        + "\nYou are level " + level + " with " + number(balance) + " points to spend." + SIGNATURE);
    }

    /** A notification another service asked for; {@code subject} and {@code message} params, the rest listed. */
    static Email notification(NotificationRequested request) {
        Map<String, String> params = request.params();
        String rest = params.entrySet().stream().filter(param -> !param.getKey().equals("subject")
                        && !param.getKey().equals("message")).sorted(Map.Entry.comparingByKey())
                .map(param -> param.getKey() + ": " + param.getValue()).collect(Collectors.joining("\n"));
        return new Email(request.template(), params.getOrDefault("subject", "News from your community"),
                params.getOrDefault("message", "") + (rest.isEmpty() ? "" : "\n\n" + rest) + SIGNATURE);
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}

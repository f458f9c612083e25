package dev.engagehub.bot.notify;

import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.events.NotificationRequested;
import dev.engagehub.events.RedemptionFulfilled;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.SubmissionReviewed;
import java.util.Map;

/** The messages members get from the bot when something happens to them. */
public final class MemberNotices {
    private MemberNotices() {
    }

    static Reply levelUp(String memberId, int level, String roleId) {
        return Reply.of(Embed.of("🎉 Level up!", Format.member(memberId) + " reached **level " + level + "**"
                + (roleId == null ? "." : " and earned " + Format.role(roleId) + ".")).color(Embed.GOLD));
    }

    static Reply fulfilled(RedemptionFulfilled fulfilled) {
        Embed embed = Embed.of("🎁 " + fulfilled.rewardName(), "Your reward is ready.").color(Embed.GREEN);
        if (fulfilled.code() != null) {
            embed = embed.field("Your code", "||`" + fulfilled.code() + "`||", false);
        }
        if (fulfilled.roleId() != null) {
            embed = embed.field("Role", "You now have the role" + (fulfilled.roleDurationDays() == null ? "."
                    : " for " + fulfilled.roleDurationDays() + " days."), false);
        }
        if (fulfilled.shippingStatus() != null) {
            embed = embed.field("Shipping", fulfilled.shippingStatus(), false);
        }
        if (fulfilled.instructions() != null) {
            embed = embed.field("How to use it", fulfilled.instructions(), false);
        }
        return Reply.of(embed);
    }

    static Reply rejected(RedemptionRejected rejected) {
        return Reply.of(Embed.of("Your redemption of " + rejected.rewardId() + " didn't go through",
                rejected.reason() + (rejected.refundDue() ? "\nYour " + Format.number(rejected.cost())
                        + " points are on their way back." : "")).color(Embed.RED));
    }

    static Reply reviewed(SubmissionReviewed reviewed) {
        boolean approved = reviewed.decision() == SubmissionReviewed.Decision.APPROVED;
        return Reply.of(Embed.of(approved ? "✅ Submission approved" : "❌ Submission not approved",
                approved ? "Your `" + reviewed.templateKey() + "` claim earned **" + Format.number(reviewed.points())
                        + "** points."
                        : "Your `" + reviewed.templateKey() + "` claim was rejected: " + reviewed.reason())
                .color(approved ? Embed.GREEN : Embed.RED));
    }

    /** Templates other services ask the bot to send; unknown ones show their parameters plainly. */
    static Reply notification(NotificationRequested request) {
        Map<String, String> params = request.params();
        return switch (request.template()) {
            case "streak-reminder" -> streakReminder();
            case "announcement" -> Reply.of(Embed.of(params.getOrDefault("title", "Announcement"),
                    params.getOrDefault("message", "")));
            default -> {
                Embed embed = Embed.of(params.getOrDefault("title", request.template()), params.get("message"));
                for (var param : params.entrySet()) {
                    if (!param.getKey().equals("title") && !param.getKey().equals("message")) {
                        embed = embed.field(param.getKey(), param.getValue(), true);
                    }
                }
                yield Reply.of(embed);
            }
        };
    }

    public static Reply streakReminder() {
        return Reply.of(Embed.of("🔥 Your streak ends tonight",
                "Say something in the server or run `/daily` to keep it going.").color(Embed.GOLD));
    }
}

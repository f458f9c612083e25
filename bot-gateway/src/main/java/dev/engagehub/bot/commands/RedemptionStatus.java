package dev.engagehub.bot.commands;

/** How a redemption's status reads to a member. */
final class RedemptionStatus {
    private RedemptionStatus() {
    }

    static String describe(String status) {
        return switch (status) {
            case "REQUESTED" -> "⏳ being processed";
            case "PENDING_APPROVAL" -> "🕵️ waiting for an admin";
            case "APPROVED" -> "📦 approved, shipping soon";
            case "FULFILLED" -> "✅ fulfilled";
            case "REJECTED" -> "❌ rejected";
            default -> status.toLowerCase();
        };
    }
}

package dev.engagehub.bot.commands;

import static dev.engagehub.bot.interaction.CommandDefinitions.adminCommand;

import dev.engagehub.bot.client.PointsClient;
import dev.engagehub.bot.client.PointsClient.Submission;
import dev.engagehub.bot.client.RewardsClient;
import dev.engagehub.bot.client.RewardsClient.Redemption;
import dev.engagehub.bot.interaction.CommandHandler;
import dev.engagehub.bot.interaction.Embed;
import dev.engagehub.bot.interaction.Format;
import dev.engagehub.bot.interaction.Interaction;
import dev.engagehub.bot.interaction.Reply;
import dev.engagehub.bot.interaction.Reply.Button;
import dev.engagehub.bot.interaction.Reply.Modal;
import dev.engagehub.bot.interaction.Reply.TextInput;
import dev.engagehub.bot.interaction.UserFacingException;
import discord4j.discordjson.json.ApplicationCommandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code /review}: the oldest pending submission (then redemption) with Approve and Reject buttons; Reject asks
 * for the reason in a form. After each decision the same message shows the next item.
 */
@ApplicationScoped
public class ReviewCommand implements CommandHandler {
    private static final String NAME = "review";
    private static final String REASON = "reason";

    private final PointsClient points;
    private final RewardsClient rewards;

    ReviewCommand(@RestClient PointsClient points, @RestClient RewardsClient rewards) {
        this.points = points;
        this.rewards = rewards;
    }

    @Override
    public ApplicationCommandRequest definition() {
        return adminCommand(NAME, "Review pending submissions and redemptions");
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public Uni<Reply> command(Interaction interaction) {
        return next(interaction, null);
    }

    /** {@code review:<approve|reject>-<sub|red>:<id>} */
    @Override
    public Uni<Reply> button(Interaction interaction, List<String> args) {
        Target target = Target.parse(args);
        if (target.action().equals("reject")) {
            return Uni.createFrom().item(Reply.modal(new Modal(NAME + ":reason-" + target.kind() + ":" + target.id(),
                    "Why is it rejected?", List.of(new TextInput(REASON, "Reason (the member sees it)", true, true,
                    900, null)))));
        }
        if (!target.action().equals("approve")) {
            throw new UserFacingException("That button is not in use any more.");
        }
        return decide(interaction, target, null);
    }

    /** {@code review:reason-<sub|red>:<id>}: the rejection form. */
    @Override
    public Uni<Reply> modal(Interaction interaction, List<String> args) {
        Target target = Target.parse(args);
        String reason = interaction.modalValues().getOrDefault(REASON, "").strip();
        if (reason.isEmpty()) {
            throw new UserFacingException("A rejection needs a reason the member can read.");
        }
        return decide(interaction, new Target("reject", target.kind(), target.id()), reason);
    }

    private Uni<Reply> decide(Interaction interaction, Target target, String reason) {
        String community = interaction.guildId().orElseThrow();
        String admin = interaction.userId();
        boolean approve = target.action().equals("approve");
        Uni<String> done = target.kind().equals("sub")
                ? points.review(community, target.id(), admin, new PointsClient.Review(approve ? "APPROVED" : "REJECTED",
                        reason)).map(s -> (approve ? "✅ Approved " : "❌ Rejected ") + "`" + s.templateKey() + "` for "
                        + Format.member(s.memberId()) + (approve ? " (+" + Format.number(s.points()) + " points)" : ""))
                : (approve ? rewards.approve(community, target.id(), admin)
                        : rewards.reject(community, target.id(), admin, new RewardsClient.Rejection(reason)))
                        .map(r -> (approve ? "✅ Approved " : "❌ Rejected ") + "`" + r.rewardKey() + "` for "
                                + Format.member(r.memberId()) + (approve ? "" : " (refunded)"));
        return done.flatMap(outcome -> next(interaction, outcome)).map(Reply::asUpdate);
    }

    private Uni<Reply> next(Interaction interaction, String lastOutcome) {
        String community = interaction.guildId().orElseThrow();
        return Uni.combine().all().unis(points.pendingSubmissions(community, interaction.userId(), "PENDING"),
                        rewards.queue(community, interaction.userId()))
                .with((submissions, redemptions) -> {
                    List<Redemption> pending = redemptions.stream()
                            .filter(redemption -> redemption.status().equals("PENDING_APPROVAL")).toList();
                    String queue = submissions.size() + " submission(s) and " + pending.size()
                            + " redemption(s) waiting";
                    Reply reply;
                    if (!submissions.isEmpty()) {
                        reply = submission(submissions.get(0), queue);
                    } else if (!pending.isEmpty()) {
                        reply = redemption(pending.get(0), queue);
                    } else {
                        reply = Reply.of(Embed.of("🎉 All caught up", "Nothing is waiting for review.")
                                .color(Embed.GREEN));
                    }
                    if (lastOutcome != null) {
                        reply = new Reply(lastOutcome, reply.embeds(), reply.rows(), true, false, null);
                    }
                    return reply.privately();
                });
    }

    private static Reply submission(Submission submission, String queue) {
        Embed card = Embed.of("📝 Submission · " + submission.templateKey(), Format.member(submission.memberId())
                        + " claims **" + Format.number(submission.points()) + "** points")
                .field("Link", submission.evidenceUrl() == null ? "—" : submission.evidenceUrl(), false)
                .field("Description", submission.evidenceText() == null ? "—" : submission.evidenceText(), false)
                .footer(queue);
        return Reply.of(card).withRow(
                Button.of("Approve", Button.Style.SUCCESS, NAME, "approve-sub", submission.id().toString()),
                Button.of("Reject…", Button.Style.DANGER, NAME, "reject-sub", submission.id().toString()));
    }

    private static Reply redemption(Redemption redemption, String queue) {
        Embed card = Embed.of("🎁 Redemption · " + redemption.rewardKey(), Format.member(redemption.memberId())
                + " spent **" + Format.number(redemption.cost()) + "** points").footer(queue);
        return Reply.of(card).withRow(
                Button.of("Approve", Button.Style.SUCCESS, NAME, "approve-red", redemption.id().toString()),
                Button.of("Reject and refund…", Button.Style.DANGER, NAME, "reject-red", redemption.id().toString()));
    }

    /** What a button or form is about: {@code <action>-<sub|red>} and the item's id. */
    private record Target(String action, String kind, UUID id) {
        static Target parse(List<String> args) {
            if (args.size() != 2 || !args.get(0).matches("(approve|reject|reason)-(sub|red)")) {
                throw new UserFacingException("That review button is broken; run /review again.");
            }
            String[] parts = args.get(0).split("-");
            try {
                return new Target(parts[0], parts[1], UUID.fromString(args.get(1)));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("That review button is broken; run /review again.");
            }
        }
    }
}

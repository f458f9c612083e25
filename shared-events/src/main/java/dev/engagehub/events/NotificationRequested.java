package dev.engagehub.events;

import java.util.Map;

/**
 * Someone should be told something; the bot delivers Discord channels, api-gateway delivers email.
 *
 * @param template  the message template, e.g. {@code reward-fulfilled}, {@code streak-reminder}
 * @param recipient a Discord user or channel id, or an email address
 * @param params    values the template fills in
 */
public record NotificationRequested(Channel channel, String template, String recipient, Map<String, String> params)
        implements EventPayload {
    public enum Channel { DISCORD_DM, DISCORD_CHANNEL, EMAIL }

    public NotificationRequested {
        Require.present(channel, "channel");
        Require.identifier(template, "template");
        Require.text(recipient, "recipient", 320);
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}

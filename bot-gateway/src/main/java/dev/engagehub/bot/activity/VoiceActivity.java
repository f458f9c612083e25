package dev.engagehub.bot.activity;

import dev.engagehub.events.ActivityRecorded;
import discord4j.core.event.domain.VoiceStateUpdateEvent;
import discord4j.core.object.VoiceState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Voice time earns {@code voice_minute}s, counted when a member leaves or moves channel. Time spent
 * self-deafened does not count: the session restarts when they undeafen. Sessions open during a restart of
 * the bot are lost, which errs on the side of not over-paying.
 */
@ApplicationScoped
public class VoiceActivity {
    private record Session(String channelId, Instant since) {
    }

    private final ActivityPublisher activity;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    VoiceActivity(ActivityPublisher activity) {
        this.activity = activity;
    }

    public void onVoiceState(VoiceStateUpdateEvent event) {
        VoiceState current = event.getCurrent();
        boolean listening = current.getChannelId().isPresent() && !current.isSelfDeaf() && !current.isDeaf();
        changed(current.getGuildId().asString(), current.getUserId().asString(),
                listening ? current.getChannelId().get().asString() : null, Instant.now());
    }

    /** A member's voice state changed: {@code listeningIn} is their channel, or null when gone or deafened. */
    void changed(String guildId, String userId, String listeningIn, Instant now) {
        String key = guildId + ":" + userId;
        Session ended = sessions.remove(key);
        if (ended != null) {
            long minutes = Duration.between(ended.since(), now).toMinutes();
            if (minutes > 0) {
                activity.publish(guildId, userId, new ActivityRecorded("voice_minute",
                        Math.min(minutes, ActivityRecorded.MAX_QUANTITY), ended.channelId(), List.of(), null), now);
            }
        }
        if (listeningIn != null) {
            sessions.put(key, new Session(listeningIn, now));
        }
    }
}

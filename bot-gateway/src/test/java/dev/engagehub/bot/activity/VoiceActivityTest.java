package dev.engagehub.bot.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.events.ActivityRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceActivityTest {
    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    private final List<ActivityRecorded> published = new ArrayList<>();
    private final VoiceActivity voice = new VoiceActivity(new ActivityPublisher(null) {
        @Override
        public void publish(String guildId, String userId, ActivityRecorded activity, Instant occurredAt) {
            published.add(activity);
        }
    });

    @Test
    void minutesInAChannelAreCountedWhenTheMemberLeaves() {
        voice.changed("g", "u", "lounge", START);
        voice.changed("g", "u", null, START.plus(Duration.ofMinutes(42).plusSeconds(30)));
        assertThat(published).singleElement().satisfies(activity -> {
            assertThat(activity.action()).isEqualTo("voice_minute");
            assertThat(activity.quantity()).isEqualTo(42);
            assertThat(activity.channelId()).isEqualTo("lounge");
        });
    }

    @Test
    void movingChannelCountsTheFirstAndStartsTheNext() {
        voice.changed("g", "u", "lounge", START);
        voice.changed("g", "u", "stage", START.plus(Duration.ofMinutes(5)));
        voice.changed("g", "u", null, START.plus(Duration.ofMinutes(15)));
        assertThat(published).extracting(ActivityRecorded::channelId, ActivityRecorded::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lounge", 5L),
                        org.assertj.core.groups.Tuple.tuple("stage", 10L));
    }

    @Test
    void deafenedTimeAndVisitsUnderAMinuteEarnNothing() {
        voice.changed("g", "u", "lounge", START);
        voice.changed("g", "u", null, START.plusSeconds(59));
        voice.changed("g", "u", null, START.plus(Duration.ofHours(2)));
        assertThat(published).isEmpty();
    }

    @Test
    void aDayLongSessionIsCappedAtTheEventsLimit() {
        voice.changed("g", "u", "lounge", START);
        voice.changed("g", "u", null, START.plus(Duration.ofDays(3)));
        assertThat(published).singleElement().extracting(ActivityRecorded::quantity)
                .isEqualTo(ActivityRecorded.MAX_QUANTITY);
    }
}

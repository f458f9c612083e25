package dev.engagehub.tools.demo;

import dev.engagehub.events.ActivityRecorded;
import dev.engagehub.events.EventEnvelope;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Weeks of a believable community's life, the same every run for a seed: a few regulars who are there every
 * day, many who drop by, newcomers joining all along, some drifting away, busy evenings, quiet Sunday
 * mornings and a weekly live event.
 */
final class ActivityPlan {
    static final String SOURCE = "demo";
    private static final String[] FIRST = {"ada", "ben", "cleo", "dev", "elif", "finn", "gia", "hugo", "ines",
        "jon", "kai", "lena", "milo", "nia", "omar", "pia", "quinn", "rosa", "sam", "tara", "umar", "vera",
        "wes", "xena", "yuki", "zoe"};
    private static final String[] LAST = {"ash", "birch", "cedar", "dune", "ember", "fern", "glen", "heath", "iris",
        "juniper", "kestrel", "lark", "moss", "north", "oak", "pine", "quill", "reed", "sage", "thorn"};
    /** Relative activity by hour of day: quiet nights, a lunch bump and busy evenings. */
    private static final int[] HOURS = {2, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 8, 10, 9, 8, 8, 9, 11, 14, 17, 18, 16, 11, 5};

    record Member(String id, double activeChance, LocalDate joined, LocalDate leaves) {
    }

    private final Random random;
    private final List<Member> members = new ArrayList<>();
    private final LocalDate today;
    private final int days;
    private final ZoneId zone;

    ActivityPlan(long seed, int memberCount, int days, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
        this.today = LocalDate.now(zone);
        this.days = days;
        LocalDate start = today.minusDays(days - 1L);
        for (int i = 0; i < memberCount; i++) {
            String id = FIRST[i % FIRST.length] + "-" + LAST[(i / FIRST.length) % LAST.length]
                    + (i >= FIRST.length * LAST.length ? "-" + i : "");
            double kind = random.nextDouble();
            double chance = kind < 0.08 ? 0.6 : kind < 0.3 ? 0.25 : kind < 0.7 ? 0.08 : 0.02;
            LocalDate joined = random.nextDouble() < 0.45 ? start : start.plusDays(random.nextInt(days));
            LocalDate leaves = chance > 0.3 && random.nextDouble() < 0.2
                    ? today.minusDays(8 + random.nextInt(Math.max(1, days / 3))) : null;
            members.add(new Member(id, chance, joined, leaves));
        }
    }

    List<Member> members() {
        return members;
    }

    /** Every activity event of the period for {@code community}, oldest first. */
    List<EventEnvelope<ActivityRecorded>> events(String community) {
        List<EventEnvelope<ActivityRecorded>> events = new ArrayList<>();
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (Member member : members) {
                if (day.isBefore(member.joined()) || (member.leaves() != null && day.isAfter(member.leaves()))) {
                    continue;
                }
                double chance = member.activeChance() * (weekend ? 0.7 : 1.0) * (day.equals(member.joined()) ? 3 : 1);
                if (random.nextDouble() < chance) {
                    activeDay(community, member.id(), day, events);
                }
            }
        }
        events.sort(Comparator.comparing(EventEnvelope::occurredAt));
        return events.stream().filter(event -> !event.occurredAt().isAfter(Instant.now())).toList();
    }

    private void activeDay(String community, String member, LocalDate day, List<EventEnvelope<ActivityRecorded>> out) {
        ZonedDateTime at = day.atTime(hour(), random.nextInt(60)).atZone(zone);
        out.add(event(community, member, "daily_checkin", 1, at));
        int messages = 1 + random.nextInt(2);
        for (int i = 0; i < messages; i++) {
            at = at.plusMinutes(2 + random.nextInt(20));
            out.add(event(community, member, "message", 1, at));
        }
        if (random.nextDouble() < 0.3) {
            out.add(event(community, member, "reaction_given", 1, at.plusMinutes(1)));
        }
        if (random.nextDouble() < 0.2) {
            out.add(event(community, member, "voice_minute", 10 + random.nextInt(80), at.plusMinutes(5)));
        }
        if (day.getDayOfWeek() == DayOfWeek.THURSDAY && random.nextDouble() < 0.35) {
            out.add(event(community, member, "event_attended", 1, day.atTime(19, 30).atZone(zone)));
        }
    }

    private int hour() {
        int total = 0;
        for (int weight : HOURS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int hour = 0; hour < HOURS.length; hour++) {
            pick -= HOURS[hour];
            if (pick < 0) {
                return hour;
            }
        }
        return 20;
    }

    private static EventEnvelope<ActivityRecorded> event(String community, String member, String action, long quantity,
                                                         ZonedDateTime at) {
        return EventEnvelope.of(community, member, SOURCE, new ActivityRecorded(action, quantity, null, List.of(),
                null)).occurringAt(at.toInstant());
    }
}

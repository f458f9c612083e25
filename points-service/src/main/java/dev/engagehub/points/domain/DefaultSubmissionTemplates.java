package dev.engagehub.points.domain;

import static dev.engagehub.points.domain.SubmissionTemplate.Category.ADVOCACY;
import static dev.engagehub.points.domain.SubmissionTemplate.Category.CONTENT;
import static dev.engagehub.points.domain.SubmissionTemplate.Category.EVENTS;
import static dev.engagehub.points.domain.SubmissionTemplate.Category.LEARNING;
import static dev.engagehub.points.domain.SubmissionTemplate.Evidence.EITHER;
import static dev.engagehub.points.domain.SubmissionTemplate.Evidence.TEXT;
import static dev.engagehub.points.domain.SubmissionTemplate.Evidence.URL;
import static dev.engagehub.points.domain.SubmissionTemplate.of;

import java.util.List;

/** The submission templates every new community starts with, across events, content, advocacy and learning. */
public final class DefaultSubmissionTemplates {
    public static final List<SubmissionTemplate> ALL = List.of(
            of("attended-live-event", "Attended the live event", "Joined one of our live sessions", EVENTS, 100, TEXT, null),
            of("hosted-meetup", "Hosted a meetup", "Organised a local or online meetup", EVENTS, 500, URL, null),
            of("spoke-at-event", "Spoke at an event", "Gave a talk about us at a conference or meetup", EVENTS, 750, URL, null),
            of("volunteered-at-event", "Volunteered at an event", "Helped run one of our events", EVENTS, 300, TEXT, null),
            of("wrote-blog-post", "Wrote a blog post", "Published an article about us", CONTENT, 400, URL, null),
            of("made-video", "Made a video", "Published a video or stream about us", CONTENT, 500, URL, null),
            of("created-tutorial", "Created a tutorial", "Wrote a how-to others can follow", CONTENT, 600, URL, null),
            of("designed-artwork", "Designed artwork", "Fan art, a meme, a wallpaper", CONTENT, 150, URL, null),
            of("answered-questions", "Answered questions", "Helped members with a thorough answer", CONTENT, 75, EITHER, null),
            of("shared-a-post", "Shared a post", "Shared one of our posts on social media", ADVOCACY, 50, URL, null),
            of("wrote-a-review", "Wrote a review", "Reviewed us on a public review site", ADVOCACY, 250, URL, 1),
            of("referred-a-member", "Referred a member", "Someone joined because of you", ADVOCACY, 300, TEXT, null),
            of("gave-testimonial", "Gave a testimonial", "Wrote a testimonial we may quote", ADVOCACY, 200, TEXT, 1),
            of("reported-a-bug", "Reported a bug", "Found and reported a reproducible bug", ADVOCACY, 150, EITHER, null),
            of("suggested-feature", "Suggested a feature", "A detailed feature proposal", ADVOCACY, 50, EITHER, null),
            of("translated-content", "Translated content", "Translated docs or posts into another language", ADVOCACY, 300, URL, null),
            of("finished-module", "Finished a course module", "Completed a module; give its number", LEARNING, 100, TEXT, null),
            of("passed-quiz", "Passed a quiz", "Passed a module quiz; give the quiz name", LEARNING, 75, TEXT, null),
            of("completed-course", "Completed the course", "Finished the whole course", LEARNING, 1_000, EITHER, 1),
            of("earned-certificate", "Earned a certificate", "Link to your certificate", LEARNING, 500, URL, null),
            of("shipped-project", "Shipped a project", "Built something with what you learned", LEARNING, 800, URL, null),
            of("mentored-member", "Mentored a member", "Paired with a newer member for a session", LEARNING, 200, TEXT, null));

    private DefaultSubmissionTemplates() {
    }
}

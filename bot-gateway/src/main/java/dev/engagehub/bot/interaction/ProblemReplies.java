package dev.engagehub.bot.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * What a member reads when a command fails: our services' refusals as they worded them ("costs 300 points;
 * you have 250"), and a calm "try again" for our own trouble, which is logged for us.
 */
@ApplicationScoped
public class ProblemReplies {
    private static final Logger LOG = Logger.getLogger(ProblemReplies.class);

    private final ObjectMapper json;

    ProblemReplies(ObjectMapper json) {
        this.json = json;
    }

    public Reply reply(Interaction interaction, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof UserFacingException)
                && !(cause instanceof WebApplicationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof UserFacingException) {
            return Reply.problem(cause.getMessage());
        }
        if (cause instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
            return Reply.problem(detail(refused));
        }
        if (failure instanceof TimeoutException) {
            LOG.warnf("%s timed out for %s", interaction.commandName().isEmpty() ? interaction.customId()
                    : "/" + interaction.commandName(), interaction.userId());
            return Reply.problem("That took too long on our side. Please try again in a moment.");
        }
        LOG.errorf(failure, "interaction %s (%s) failed", interaction.id(), interaction.commandName());
        return Reply.problem("Something went wrong on our side. Please try again in a minute.");
    }

    /** A modal cannot follow a deferral: Discord only accepts one as the first response. */
    public Reply tooSlowForForm() {
        return Reply.problem("We were too slow to open the form. Please press the button again.");
    }

    private String detail(WebApplicationException refused) {
        try {
            JsonNode problem = json.readTree(refused.getResponse().readEntity(String.class));
            String detail = problem.path("detail").asText(problem.path("title").asText(""));
            if (problem.path("errors").isArray() && !problem.path("errors").isEmpty()) {
                detail = problem.path("errors").get(0).path("message").asText(detail);
            }
            return detail.isBlank() ? "That was refused (" + refused.getResponse().getStatus() + ")." : detail;
        } catch (RuntimeException | java.io.IOException e) {
            return "That was refused (" + refused.getResponse().getStatus() + ").";
        }
    }
}

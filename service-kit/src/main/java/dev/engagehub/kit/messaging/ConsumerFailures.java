package dev.engagehub.kit.messaging;

import dev.engagehub.events.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * Makes a consumer's transient failures visible: each failed attempt is logged with its reason before the
 * retry policy runs it again in place. Records that can never apply are left to the dead-letter strategy,
 * which logs them itself.
 */
public final class ConsumerFailures {
    private static final Logger LOG = Logger.getLogger(ConsumerFailures.class);

    private ConsumerFailures() {
    }

    public static void logged(String channel, Runnable work) {
        try {
            work.run();
        } catch (MalformedEventException | UnprocessableEventException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s: attempt failed (%s), retrying in place", channel, e.toString());
            throw e;
        }
    }
}

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
            StackTraceElement[] where = e.getStackTrace();
            // Where it failed, in one line: a stuck consumer must be diagnosable from its log.
            LOG.warnf("%s: attempt failed (%s at %s), retrying in place", channel, e.toString(),
                    where.length == 0 ? "?" : where[0]);
            LOG.debug("attempt failed", e);
            throw e;
        }
    }
}

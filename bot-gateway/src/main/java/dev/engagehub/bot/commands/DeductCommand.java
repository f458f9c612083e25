package dev.engagehub.bot.commands;

import dev.engagehub.bot.client.PointsClient;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /deduct member points reason} */
@Singleton
public class DeductCommand extends AdjustmentCommand {
    DeductCommand(@RestClient PointsClient points) {
        super(points, "deduct", -1);
    }
}

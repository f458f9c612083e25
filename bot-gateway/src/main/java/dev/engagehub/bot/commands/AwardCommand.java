package dev.engagehub.bot.commands;

import dev.engagehub.bot.client.PointsClient;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code /award member points reason} */
@Singleton
public class AwardCommand extends AdjustmentCommand {
    AwardCommand(@RestClient PointsClient points) {
        super(points, "award", 1);
    }
}

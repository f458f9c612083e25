package dev.engagehub.bot;

import dev.engagehub.bot.support.BotPlatformResource;
import dev.engagehub.testkit.ServiceSurfaceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(BotPlatformResource.class)
class ServiceSurfaceTest extends ServiceSurfaceContract {
}

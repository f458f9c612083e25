package dev.engagehub.gateway;

import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.testkit.ServiceSurfaceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class ServiceSurfaceTest extends ServiceSurfaceContract {
}

package dev.engagehub.gateway;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceSurfaceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ServiceSurfaceTest extends ServiceSurfaceContract {
}

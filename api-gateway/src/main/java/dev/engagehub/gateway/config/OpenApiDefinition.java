package dev.engagehub.gateway.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public API's OpenAPI header and its bearer-token scheme. */
@OpenAPIDefinition(info = @Info(title = "EngageHub public API", version = "v1",
        description = "Members, points, leaderboards, rewards and redemptions, rules, partners and audit. "
                + "Every /api/v1 endpoint needs a JWT (roles member, admin, partner, operator; claim community)."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OpenApiDefinition extends Application {
}

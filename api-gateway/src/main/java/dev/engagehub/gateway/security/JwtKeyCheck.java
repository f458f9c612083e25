package dev.engagehub.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says loudly at startup when no token key is configured: the gateway runs, but refuses every API call. */
@ApplicationScoped
public class JwtKeyCheck {
    private static final Logger LOG = Logger.getLogger(JwtKeyCheck.class);

    private final Optional<String> publicKey;

    JwtKeyCheck(@ConfigProperty(name = "engagehub.jwt.public-key") Optional<String> publicKey) {
        this.publicKey = publicKey;
    }

    void check(@Observes StartupEvent startup) {
        if (publicKey.filter(key -> !key.isBlank()).isEmpty()) {
            LOG.warn("ENGAGEHUB_JWT_PUBLIC_KEY is not set: every /api/v1 call will be refused with 401. "
                    + "Set it to the PEM public key of your token issuer ('./engagehub up' makes a local one).");
        }
    }
}

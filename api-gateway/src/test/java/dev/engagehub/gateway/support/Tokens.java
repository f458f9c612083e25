package dev.engagehub.gateway.support;

import dev.engagehub.testkit.DevTokenCommand;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;

/** API tokens for tests: minted by {@code ./engagehub token} itself, or signed here with the same key. */
public final class Tokens {
    private static final Path STATE = Path.of("target", "engagehub-test-state").toAbsolutePath();
    public static final String ISSUER = "https://engagehub.local";

    private Tokens() {
    }

    public static Path keyDir() {
        return STATE.resolve("jwt");
    }

    /** A token from the dev token command, exactly as a developer gets one. */
    public static String script(String role, String community, String subject) {
        return DevTokenCommand.token(STATE, role, community, subject);
    }

    public static String of(String role, String community, String subject) {
        var claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(role).expiresIn(3600);
        if (community != null) {
            claims.claim("community", community);
        }
        return claims.sign(privateKey());
    }

    public static String expired(String role, String community, String subject) {
        long past = System.currentTimeMillis() / 1000 - 7200;
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(role).claim("community", community)
                .issuedAt(past).expiresAt(past + 60).sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(keyDir().resolve("private.pem")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

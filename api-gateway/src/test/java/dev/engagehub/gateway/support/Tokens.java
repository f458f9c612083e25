package dev.engagehub.gateway.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

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
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "engagehub").toString(), "token",
                "--role", role, "--sub", subject));
        if (community != null) {
            command.addAll(List.of("--community", community));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("ENGAGEHUB_STATE_DIR", STATE.toString());
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("engagehub token failed: " + err);
            }
            return out.lines().reduce((first, second) -> second).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
